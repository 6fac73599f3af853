package dev.keyless.infra;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code keyless-federation:reviewedMinters}: Pulumi hands a list setting to the program as JSON
 * text ({@code ["ROLE MEMBER", ...]}), and so does {@link StackConfigFile}. Every bad entry is
 * reported with its position, at once.
 */
final class ReviewedMinters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewedMinters() {}

    static List<ReviewedMinter> parse(String json, List<String> problems) {
        if (json == null) {
            return null;
        }
        String key = Setting.REVIEWED_MINTERS.key();
        JsonNode list;
        try {
            list = JSON.readTree(json);
        } catch (JacksonException e) {
            problems.add(key + ": must be a list of \"ROLE MEMBER\" strings, not '" + json + "'");
            return null;
        }
        if (list == null || !list.isArray()) {
            problems.add(key + ": must be a list of \"ROLE MEMBER\" strings, not '" + json + "'");
            return null;
        }
        if (list.size() > ReviewedMinter.MAX_ENTRIES) {
            problems.add(key + ": lists " + list.size() + " minters; at most " + ReviewedMinter.MAX_ENTRIES
                    + " can be reviewed (grant a group instead)");
            return null;
        }
        List<ReviewedMinter> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isTextual()) {
                problems.add(key + "[" + i + "]: must be a \"ROLE MEMBER\" string, not " + entry);
                continue;
            }
            ReviewedMinter.Parsed parsed = ReviewedMinter.parse(entry.asText());
            int index = i;
            parsed.problems().forEach(p -> problems.add(key + "[" + index + "]: " + p));
            parsed.minter().ifPresent(out::add);
        }
        return out;
    }

    /** The first entry listed twice (member compared ignoring case, as IAM does), if any. */
    static Optional<String> duplicate(List<ReviewedMinter> minters) {
        Set<String> seen = new HashSet<>();
        for (ReviewedMinter m : minters) {
            if (!seen.add(m.role() + " " + m.member().toLowerCase(Locale.ROOT))) {
                return Optional.of("'" + m + "' is listed twice");
            }
        }
        return Optional.empty();
    }
}
