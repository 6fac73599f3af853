package dev.keyless.aws;

import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.Position;
import software.amazon.awssdk.services.iam.model.ResourceSpecificResult;
import software.amazon.awssdk.services.iam.model.Statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the simulator's {@code EvaluationResult}s. Action, resource and decision are required by
 * the API; an entry without them, or with a decision other than allowed / explicitDeny /
 * implicitDeny, is malformed and refused: a decision keyless cannot read is never "allowed" or
 * "denied" by default.
 */
final class SimulationResults {

    private SimulationResults() {}

    static SimulationResult read(AwsOperation op, EvaluationResult r) {
        if (r.evalActionName() == null || r.evalResourceName() == null) {
            throw LiveCallException.malformed(op, "an evaluation result without EvalActionName or EvalResourceName");
        }
        return new SimulationResult(r.evalActionName(), r.evalResourceName(), decision(op, r.evalDecisionAsString()),
                r.hasMatchedStatements() ? statements(r.matchedStatements()) : List.of(),
                r.hasMissingContextValues() ? r.missingContextValues() : List.of(),
                Optional.ofNullable(r.organizationsDecisionDetail()).map(d -> d.allowedByOrganizations()),
                Optional.ofNullable(r.permissionsBoundaryDecisionDetail()).map(d -> d.allowedByPermissionsBoundary()),
                details(op, r.hasEvalDecisionDetails() ? r.evalDecisionDetailsAsStrings() : Map.of()),
                r.hasResourceSpecificResults() ? resources(op, r.resourceSpecificResults()) : List.of());
    }

    private static List<SimulationResult.ResourceResult> resources(AwsOperation op, List<ResourceSpecificResult> rs) {
        List<SimulationResult.ResourceResult> out = new ArrayList<>(rs.size());
        for (ResourceSpecificResult r : rs) {
            if (r.evalResourceName() == null) {
                throw LiveCallException.malformed(op, "a resource-specific result without EvalResourceName");
            }
            out.add(new SimulationResult.ResourceResult(r.evalResourceName(), decision(op, r.evalResourceDecisionAsString()),
                    r.hasMatchedStatements() ? statements(r.matchedStatements()) : List.of(),
                    r.hasMissingContextValues() ? r.missingContextValues() : List.of(),
                    details(op, r.hasEvalDecisionDetails() ? r.evalDecisionDetailsAsStrings() : Map.of()),
                    Optional.ofNullable(r.permissionsBoundaryDecisionDetail())
                            .map(d -> d.allowedByPermissionsBoundary())));
        }
        return out;
    }

    private static List<SimulationResult.MatchedStatement> statements(List<Statement> statements) {
        List<SimulationResult.MatchedStatement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            // sourcePolicyTypeAsString keeps values newer than this SDK's enum.
            out.add(new SimulationResult.MatchedStatement(Optional.ofNullable(s.sourcePolicyId()),
                    Optional.ofNullable(s.sourcePolicyTypeAsString()), position(s.startPosition()),
                    position(s.endPosition())));
        }
        return out;
    }

    private static Optional<SimulationResult.LineColumn> position(Position p) {
        if (p == null || p.line() == null || p.column() == null) {
            return Optional.empty();
        }
        return Optional.of(new SimulationResult.LineColumn(p.line(), p.column()));
    }

    private static Map<String, EvalDecision> details(AwsOperation op, Map<String, String> raw) {
        Map<String, EvalDecision> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, decision(op, v)));
        return out;
    }

    private static EvalDecision decision(AwsOperation op, String raw) {
        return EvalDecision.fromJson(raw).orElseThrow(() -> LiveCallException.malformed(op,
                raw == null ? "an evaluation result without a decision"
                        : "the decision \"" + raw + "\", which is none of allowed, explicitDeny, implicitDeny"));
    }
}
