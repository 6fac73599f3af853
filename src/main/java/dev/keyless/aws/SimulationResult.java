package dev.keyless.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code EvaluationResults} entry as the IAM simulator returns it: the decision for one action
 * on one resource, the statements that decided it, the context keys it missed, and the
 * Organizations, permissions-boundary and per-resource details when AWS sends them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html">EvaluationResult</a>
 */
public record SimulationResult(String evalActionName, String evalResourceName, EvalDecision evalDecision,
                               List<MatchedStatement> matchedStatements, List<String> missingContextValues,
                               Optional<Boolean> allowedByOrganizations, Optional<Boolean> allowedByPermissionsBoundary,
                               Map<String, EvalDecision> evalDecisionDetails,
                               List<ResourceResult> resourceSpecificResults) {

    public SimulationResult {
        matchedStatements = List.copyOf(matchedStatements);
        missingContextValues = List.copyOf(missingContextValues);
        evalDecisionDetails = Map.copyOf(evalDecisionDetails);
        resourceSpecificResults = List.copyOf(resourceSpecificResults);
    }

    /**
     * The simulator's {@code Statement}: which input policy decided, and where the statement sits
     * ({@code Line} and {@code Column}, as the simulator counts them). AWS marks every member optional.
     */
    public record MatchedStatement(Optional<String> sourcePolicyId, Optional<String> sourcePolicyType,
                                   Optional<LineColumn> startPosition, Optional<LineColumn> endPosition) {}

    /** The simulator's {@code Position}. */
    public record LineColumn(int line, int column) {}

    /** One {@code ResourceSpecificResults} entry. */
    public record ResourceResult(String evalResourceName, EvalDecision evalResourceDecision,
                                 List<MatchedStatement> matchedStatements, List<String> missingContextValues,
                                 Map<String, EvalDecision> evalDecisionDetails,
                                 Optional<Boolean> allowedByPermissionsBoundary) {
        public ResourceResult {
            matchedStatements = List.copyOf(matchedStatements);
            missingContextValues = List.copyOf(missingContextValues);
            evalDecisionDetails = Map.copyOf(evalDecisionDetails);
        }
    }
}
