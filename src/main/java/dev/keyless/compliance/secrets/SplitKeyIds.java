package dev.keyless.compliance.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An AWS access key id cut into pieces across the values of one resource ({@code "AKIA"} in one
 * metadata entry, the other 16 characters in another, reassembled by a script): a value that starts
 * like a key id but is too short to be one, and one or two other values of the same resource that
 * complete it to the 20 characters of a key id.
 */
public final class SplitKeyIds {

    private static final Pattern HEAD = Pattern.compile("(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{0,15}");
    private static final Pattern PIECE = Pattern.compile("[A-Z0-9]{1,16}");
    static final int KEY_ID_LENGTH = 20;
    private static final int MAX_PIECES = 64;

    private SplitKeyIds() {}

    /**
     * @param values the resource's string values by property path
     * @return for each key id found, the paths of its pieces in order
     */
    public static List<List<String>> find(Map<String, String> values) {
        List<Map.Entry<String, String>> pieces = values.entrySet().stream()
                .filter(e -> PIECE.matcher(e.getValue().trim()).matches() || HEAD.matcher(e.getValue().trim()).matches())
                .limit(MAX_PIECES).toList();
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, String> head : pieces) {
            String h = head.getValue().trim();
            if (!HEAD.matcher(h).matches()) {
                continue;
            }
            int missing = KEY_ID_LENGTH - h.length();
            List<String> completion = complete(pieces, head, missing);
            if (!completion.isEmpty()) {
                List<String> paths = new ArrayList<>(List.of(head.getKey()));
                paths.addAll(completion);
                out.add(paths);
            }
        }
        return out;
    }

    /** One piece, or two, of exactly {@code missing} characters together; their paths, or none. */
    private static List<String> complete(List<Map.Entry<String, String>> pieces, Map.Entry<String, String> head, int missing) {
        for (Map.Entry<String, String> a : pieces) {
            if (a == head || !PIECE.matcher(a.getValue().trim()).matches()) {
                continue;
            }
            int la = a.getValue().trim().length();
            if (la == missing) {
                return List.of(a.getKey());
            }
            for (Map.Entry<String, String> b : pieces) {
                if (b != head && b != a && PIECE.matcher(b.getValue().trim()).matches()
                        && la + b.getValue().trim().length() == missing) {
                    return List.of(a.getKey(), b.getKey());
                }
            }
        }
        return List.of();
    }
}
