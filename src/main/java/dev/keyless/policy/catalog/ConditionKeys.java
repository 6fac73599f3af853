package dev.keyless.policy.catalog;

import java.util.List;
import java.util.Optional;

/** Finds a key as written in a policy among definitions (lists here are short). */
final class ConditionKeys {

    private ConditionKeys() {
    }

    /** Exact names win over names with variable parts, so {@code aws:TagKeys} is never a template hit. */
    static Optional<ConditionKey> find(List<ConditionKey> keys, String lowerCaseKey) {
        ConditionKey byTemplate = null;
        for (ConditionKey k : keys) {
            KeyNameTemplate t = k.template();
            if (!t.hasVariable()) {
                if (t.literalPrefix().equals(lowerCaseKey)) {
                    return Optional.of(k);
                }
            } else if (byTemplate == null && lowerCaseKey.startsWith(t.literalPrefix()) && t.matches(lowerCaseKey)) {
                byTemplate = k;
            }
        }
        return Optional.ofNullable(byTemplate);
    }
}
