package dev.keyless.e2e;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a stack resource's properties (outputs first, as the provider recorded them). */
final class Props {

    private Props() {}

    static String string(StackResource r, String key) {
        return r.string(key).orElseThrow(() -> new IllegalStateException(r.urn() + " has no string " + key));
    }

    static Optional<String> optionalString(StackResource r, String key) {
        return r.string(key).filter(s -> !s.isEmpty());
    }

    static boolean bool(StackResource r, String key) {
        return r.property(key).map(SecretValue::reveal).map(v -> Boolean.TRUE.equals(v)).orElse(false);
    }

    static Optional<Integer> integer(StackResource r, String key) {
        return r.property(key).map(SecretValue::reveal).filter(Number.class::isInstance).map(n -> ((Number) n).intValue());
    }

    static Map<String, Object> map(StackResource r, String key) {
        return r.property(key).map(Props::asMap).orElse(Map.of());
    }

    static List<Object> list(StackResource r, String key) {
        return r.property(key).map(SecretValue::reveal).filter(List.class::isInstance).map(l -> {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) l;
            return list;
        }).orElse(List.of());
    }

    static Map<String, Object> asMap(Object value) {
        Object v = SecretValue.reveal(value);
        if (!(v instanceof Map<?, ?> m)) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(String.valueOf(k), x));
        return out;
    }

    /** Tags as the provider sends them: string keys and values. */
    static Map<String, String> tags(StackResource r) {
        Map<String, String> out = new LinkedHashMap<>();
        map(r, "tags").forEach((k, v) -> out.put(k, String.valueOf(SecretValue.reveal(v))));
        return out;
    }
}
