package dev.keyless.policy.access;

import java.util.ArrayList;
import java.util.List;

/**
 * One request's worth of a CheckAccessNotGranted question. The API takes one {@code access} item
 * with at most {@value #MAX_ITEMS} actions and {@value #MAX_ITEMS} resources. Asking whether any of
 * A is granted on any of R is the same as asking it for every pair of slices of A and R, so a large
 * question becomes ⌈|A|/100⌉ × ⌈|R|/100⌉ requests, each carrying only its own slices. (AWS's
 * cfn/tf policy validators resend the whole list with every request instead.)
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_Access.html">Access</a>
 */
public record AccessChunk(List<String> actions, List<String> resources) {

    public static final int MAX_ITEMS = 100;

    public AccessChunk {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        if (actions.size() > MAX_ITEMS || resources.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("an access item holds at most " + MAX_ITEMS + " actions and resources");
        }
    }

    public static List<AccessChunk> split(AccessNotGrantedRequest request) {
        List<List<String>> actionSlices = slices(request.actions());
        List<List<String>> resourceSlices = slices(request.resources());
        List<AccessChunk> chunks = new ArrayList<>(actionSlices.size() * resourceSlices.size());
        for (List<String> actions : actionSlices) {
            for (List<String> resources : resourceSlices) {
                chunks.add(new AccessChunk(actions, resources));
            }
        }
        return chunks;
    }

    /** Slices of at most MAX_ITEMS; an empty list is one empty slice (the API's "not given"). */
    private static List<List<String>> slices(List<String> values) {
        if (values.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX_ITEMS) {
            out.add(values.subList(from, Math.min(values.size(), from + MAX_ITEMS)));
        }
        return out;
    }
}
