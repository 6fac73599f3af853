package dev.keyless.compliance;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading nested resource properties the way both AWS providers store them: a value may be a plain JSON
 * value or a readable secret at any depth, and a setting the classic provider keeps in a nested object
 * may be a one-element list in its V2 outputs. Every reader here reveals secrets as it goes and treats
 * anything of the wrong shape as absent, so the rules decide what absence means.
 */
final class Props {

    private Props() {}

    /** The first of {@code keys} the resource holds (outputs first), revealed. */
    static Optional<Object> first(StackResource r, String... keys) {
        for (String k : keys) {
            Optional<Object> v = r.property(k).map(SecretValue::reveal);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** The first of {@code keys} that holds a non-empty string. */
    static Optional<String> string(StackResource r, String... keys) {
        for (String k : keys) {
            Optional<String> v = r.string(k).filter(s -> !s.isEmpty());
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** A nested value by path ({@code "details", "name"}); a list on the way is read as its elements. */
    static List<Object> at(Object root, String... path) {
        List<Object> current = new ArrayList<>();
        current.add(SecretValue.reveal(root));
        for (String key : path) {
            List<Object> next = new ArrayList<>();
            for (Object v : current) {
                for (Object m : elements(v)) {
                    if (m instanceof Map<?, ?> map && map.get(key) != null) {
                        next.add(SecretValue.reveal(map.get(key)));
                    }
                }
            }
            current = next;
        }
        List<Object> out = new ArrayList<>();
        current.forEach(v -> out.addAll(elements(v)));
        return out;
    }

    /** The strings at a path. */
    static List<String> strings(Object root, String... path) {
        return at(root, path).stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    /** A list value's revealed elements; any other value as a one-element list; null as none. */
    static List<Object> elements(Object v) {
        Object value = SecretValue.reveal(v);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(SecretValue::reveal).filter(Objects::nonNull).map(o -> (Object) o).toList();
        }
        return List.of(value);
    }

    /** The string elements of a list property (e.g. {@code managedPolicyArns}). */
    static List<String> stringList(StackResource r, String key) {
        return elements(r.property(key).orElse(null)).stream()
                .filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
