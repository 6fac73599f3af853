package dev.keyless.policy.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Condition key definitions by lower-case name, plus the few names with variable parts, indexed
 * by their literal prefix's service part so a lookup tries only the templates that could match.
 * The first definition of a name wins (the {@code aws:} tag keys appear on hundreds of pages).
 */
final class KeyIndex {

    private final Map<String, ConditionKey> exact = new HashMap<>();
    private final Map<String, List<ConditionKey>> templatesByHead = new HashMap<>();

    void add(ConditionKey key) {
        KeyNameTemplate t = key.template();
        if (!t.hasVariable()) {
            exact.putIfAbsent(t.literalPrefix(), key);
            return;
        }
        String head = head(t.literalPrefix());
        List<ConditionKey> same = templatesByHead.get(head);
        if (same == null) {
            same = new ArrayList<>();
            templatesByHead.put(head, same);
        }
        for (ConditionKey k : same) {
            if (k.name().equalsIgnoreCase(key.name())) {
                return;
            }
        }
        same.add(key);
    }

    /** Looks up a lower-case key as written in a policy: exact names first, then templates. */
    Optional<ConditionKey> find(String lowerCaseKey) {
        ConditionKey k = exact.get(lowerCaseKey);
        if (k != null) {
            return Optional.of(k);
        }
        for (String head : new String[] {head(lowerCaseKey), ""}) {
            for (ConditionKey t : templatesByHead.getOrDefault(head, List.of())) {
                if (lowerCaseKey.startsWith(t.template().literalPrefix()) && t.template().matches(lowerCaseKey)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Up to the first {@code :}, {@code /}, {@code .} or {@code $}: a template's literal prefix
     * may stop inside its service part ({@code agent.${Domain}.buildkite.dev:...}).
     */
    private static String head(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '/' || c == '.' || c == '$') {
                return s.substring(0, i).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
