package dev.keyless.policy.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled policies by exact document text, one table per use, so that identical policy strings are
 * read and compiled once however many requests carry them. Refusals are cached too: a bad policy
 * repeated across a batch fails fast with the same message. The tables are bounded; when one is full
 * it starts over, which costs recompilation but never memory growth.
 */
final class PolicyCache {

    private static final int MAX_ENTRIES = 8192;

    private final Map<PolicyKind, ConcurrentHashMap<String, Object>> tables = new EnumMap<>(PolicyKind.class);

    PolicyCache() {
        for (PolicyKind k : PolicyKind.values()) {
            tables.put(k, new ConcurrentHashMap<>());
        }
    }

    CompiledPolicy get(String text, PolicyKind kind) throws EvaluationException {
        ConcurrentHashMap<String, Object> table = tables.get(kind);
        Object hit = table.get(text);
        if (hit == null) {
            try {
                hit = PolicyCompiler.compile(text, kind);
            } catch (EvaluationException e) {
                hit = e;
            }
            if (table.size() >= MAX_ENTRIES) {
                table.clear();
            }
            table.put(text, hit);
        }
        if (hit instanceof EvaluationException e) {
            throw new EvaluationException(e.kind(), e.getMessage());
        }
        return (CompiledPolicy) hit;
    }

    int size() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }
}
