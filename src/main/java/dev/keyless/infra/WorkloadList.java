package dev.keyless.infra;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code keyless-federation:workloads}. Pulumi hands a structured setting to the program as JSON
 * text, and so does {@link StackConfigFile}; it is read here strictly (Pulumi's own {@code getObject}
 * reads with Gson, which keeps the last of two members with one name). Every problem names the entry
 * and the key ({@code keyless-federation:workloads[1].prefixes[0]: ...}), all at once.
 */
final class WorkloadList {

    /** IAM's default quota of roles per account; one role per workload. */
    static final int MAX_WORKLOADS = 1000;
    private static final Set<String> KEYS = Set.of("name", "serviceAccountId", "serviceAccountEmail", "bucket",
            "prefixes", "vm", "tokenAudience");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private WorkloadList() {}

    static List<WorkloadConfig> parse(String json, List<String> problems) {
        if (json == null) {
            return null;
        }
        String key = Setting.WORKLOADS.key();
        JsonNode list;
        try {
            list = JSON.readTree(json);
        } catch (JacksonException e) {
            problems.add(key + ": is not a list of workloads (" + e.getOriginalMessage() + ")");
            return null;
        }
        if (list == null || !list.isArray()) {
            problems.add(key + ": must be a list of workloads, each a map with name and serviceAccountId or serviceAccountEmail");
            return null;
        }
        if (list.size() > MAX_WORKLOADS) {
            problems.add(key + ": lists " + list.size() + " workloads; at most " + MAX_WORKLOADS
                    + " (IAM's default quota of roles per account)");
            return null;
        }
        List<WorkloadConfig> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entry(list.get(i), key + "[" + i + "]", problems).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<WorkloadConfig> entry(JsonNode e, String where, List<String> problems) {
        if (!e.isObject()) {
            problems.add(where + ": must be a map such as {name: reports, serviceAccountId: reports-reader}");
            return Optional.empty();
        }
        int before = problems.size();
        e.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                problems.add(where + "." + k + ": unknown key (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            }
        });
        String name = text(e, "name", where, problems).orElse(null);
        String named = where + (name == null ? "" : " (" + name + ")");
        Optional<String> id = text(e, "serviceAccountId", named, problems);
        Optional<String> email = text(e, "serviceAccountEmail", named, problems);
        Optional<String> bucket = text(e, "bucket", named, problems);
        Optional<String> audience = text(e, "tokenAudience", named, problems);
        List<String> prefixes = prefixes(e.get("prefixes"), named, problems);
        boolean vm = vm(e.get("vm"), named, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> found = WorkloadConfig.problems(name, id, email, bucket, prefixes, audience);
        found.forEach(p -> problems.add(named + "." + p));
        return found.isEmpty() ? Optional.of(new WorkloadConfig(name, id, email, bucket, prefixes, vm, audience))
                : Optional.empty();
    }

    private static Optional<String> text(JsonNode e, String key, String where, List<String> problems) {
        JsonNode v = e.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            problems.add(where + "." + key + ": must be a string, not " + v);
            return Optional.empty();
        }
        return Optional.of(v.asText().trim());
    }

    private static List<String> prefixes(JsonNode v, String where, List<String> problems) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            problems.add(where + ".prefixes: must be a list of strings, e.g. [\"reports/\"]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                problems.add(where + ".prefixes[" + i + "]: must be a string, not " + v.get(i));
            } else {
                out.add(v.get(i).asText());
            }
        }
        return out;
    }

    /** Pulumi writes a value set with {@code --path} as text unless told its type, so "false" counts as false. */
    private static boolean vm(JsonNode v, String where, List<String> problems) {
        if (v == null || v.isNull()) {
            return true;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        problems.add(where + ".vm: must be true or false, not " + v);
        return true;
    }

    /**
     * What no single entry shows: a name or an account given twice, and workloads sharing a bucket whose
     * scopes overlap, so that one could read the other's objects. Sorted, a prefix comes right before the
     * prefixes it contains, so one pass with a stack of the enclosing prefixes finds each contained one.
     */
    static List<String> conflicts(List<WorkloadConfig> workloads) {
        List<String> out = new ArrayList<>();
        String key = Setting.WORKLOADS.key();
        Map<String, String> names = new HashMap<>();
        Map<String, String> accounts = new HashMap<>();
        Map<String, TreeMap<String, String>> scopes = new HashMap<>();
        for (WorkloadConfig w : workloads) {
            String prev = names.putIfAbsent(w.name(), w.name());
            if (prev != null) {
                out.add(key + " (" + w.name() + ").name: two workloads are named '" + w.name() + "'");
            }
            String account = w.serviceAccountId().or(w::serviceAccountEmail).orElse("");
            String owner = accounts.putIfAbsent(account, w.name());
            if (owner != null) {
                out.add(key + " (" + w.name() + "): runs as the same service account as '" + owner
                        + "'; every workload needs an account of its own, or one role could be assumed for the other");
            }
            if (w.bucket().isPresent()) {
                TreeMap<String, String> byPrefix = scopes.computeIfAbsent(w.bucket().get(), b -> new TreeMap<>());
                for (String p : w.prefixes().isEmpty() ? List.of("") : w.prefixes()) {
                    String other = byPrefix.put(p, w.name());
                    if (other != null && !other.equals(w.name())) {
                        out.add(overlap(key, w.bucket().get(), w.name(), p, other, p));
                    }
                }
            }
        }
        scopes.forEach((bucket, byPrefix) -> {
            java.util.Deque<Map.Entry<String, String>> enclosing = new java.util.ArrayDeque<>();
            for (Map.Entry<String, String> e : byPrefix.entrySet()) {
                while (!enclosing.isEmpty() && !e.getKey().startsWith(enclosing.peek().getKey())) {
                    enclosing.pop();
                }
                Map.Entry<String, String> outer = enclosing.peek();
                if (outer != null && !outer.getValue().equals(e.getValue())) {
                    out.add(overlap(key, bucket, e.getValue(), e.getKey(), outer.getValue(), outer.getKey()));
                }
                enclosing.push(e);
            }
        });
        return out;
    }

    private static String overlap(String key, String bucket, String name, String prefix, String other, String otherPrefix) {
        return key + " (" + name + ").prefixes: " + scope(prefix) + " of bucket " + bucket + " overlaps " + scope(otherPrefix)
                + " of workload '" + other + "'; workloads sharing a bucket need prefixes that do not contain each other";
    }

    private static String scope(String prefix) {
        return prefix.isEmpty() ? "the whole" : "'" + prefix + "'";
    }
}
