package dev.keyless.policy.eval;

import java.util.Optional;

/**
 * A statement that decided a result, in the simulator's {@code Statement} shape, plus the statement's
 * index and Sid for readers (not part of AWS's JSON).
 */
public record MatchedStatement(String sourcePolicyId, String sourcePolicyType, LineColumn startPosition,
                               LineColumn endPosition, int statementIndex, Optional<String> sid) {}
