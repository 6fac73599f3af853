package dev.keyless.policy.eval;

import java.util.List;
import java.util.Optional;

/**
 * One {@code EvaluationResults} entry: the decision for one action on one resource, the statements
 * that decided it, the context keys the policies asked for but the request did not carry, and, when
 * a permissions boundary took part, whether it allowed the action.
 */
public record EvaluationResult(String evalActionName, String evalResourceName, Decision evalDecision,
                               List<MatchedStatement> matchedStatements, List<String> missingContextValues,
                               Optional<Boolean> allowedByPermissionsBoundary) {

    public EvaluationResult {
        matchedStatements = List.copyOf(matchedStatements);
        missingContextValues = List.copyOf(missingContextValues);
    }
}
