package dev.keyless.policy.eval;

import java.util.List;

/** One {@code ContextEntries} item as the request gives it: a key, its type and its values. */
public record ContextEntry(String name, ContextKeyType type, List<String> values) {

    public ContextEntry {
        values = List.copyOf(values);
    }

    public static ContextEntry of(String name, ContextKeyType type, String... values) {
        return new ContextEntry(name, type, List.of(values));
    }
}
