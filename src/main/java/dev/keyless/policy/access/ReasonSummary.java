package dev.keyless.policy.access;

import java.util.Optional;

/**
 * One reason behind a check's result, in Access Analyzer's {@code ReasonSummary} shape. AWS marks
 * every member optional, so each is kept optional rather than invented.
 */
public record ReasonSummary(Optional<String> description, Optional<Integer> statementIndex,
                            Optional<String> statementId) {

    public static ReasonSummary of(String description, int statementIndex, String statementId) {
        return new ReasonSummary(Optional.of(description), Optional.of(statementIndex), Optional.ofNullable(statementId));
    }
}
