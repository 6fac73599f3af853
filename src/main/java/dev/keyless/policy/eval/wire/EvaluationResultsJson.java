package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.keyless.io.AwsCliJson;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.LineColumn;
import dev.keyless.policy.eval.MatchedStatement;

import java.io.IOException;
import java.util.List;

/**
 * Writes {@code EvaluationResults} with the member names and order the AWS CLI prints, through the
 * one JSON writer ({@link AwsCliJson}): pretty for one response, compact for each {@code --batch} line.
 */
public final class EvaluationResultsJson {

    private EvaluationResultsJson() {}

    /** {@code {"EvaluationResults": [...]}}, pretty as the AWS CLI prints it, with a final newline. */
    public static String response(List<EvaluationResult> results) {
        return AwsCliJson.pretty(g -> {
            g.writeStartObject();
            g.writeFieldName("EvaluationResults");
            results(g, results);
            g.writeEndObject();
        }) + "\n";
    }

    public static void results(JsonGenerator g, List<EvaluationResult> results) throws IOException {
        g.writeStartArray();
        for (EvaluationResult r : results) {
            result(g, r);
        }
        g.writeEndArray();
    }

    public static void result(JsonGenerator g, EvaluationResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("EvalActionName", r.evalActionName());
        g.writeStringField("EvalResourceName", r.evalResourceName());
        g.writeStringField("EvalDecision", r.evalDecision().json());
        g.writeArrayFieldStart("MatchedStatements");
        for (MatchedStatement m : r.matchedStatements()) {
            g.writeStartObject();
            g.writeStringField("SourcePolicyId", m.sourcePolicyId());
            g.writeStringField("SourcePolicyType", m.sourcePolicyType());
            position(g, "StartPosition", m.startPosition());
            position(g, "EndPosition", m.endPosition());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("MissingContextValues");
        for (String k : r.missingContextValues()) {
            g.writeString(k);
        }
        g.writeEndArray();
        if (r.allowedByPermissionsBoundary().isPresent()) {
            g.writeObjectFieldStart("PermissionsBoundaryDecisionDetail");
            g.writeBooleanField("AllowedByPermissionsBoundary", r.allowedByPermissionsBoundary().get());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, String name, LineColumn p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("Line", p.line());
        g.writeNumberField("Column", p.column());
        g.writeEndObject();
    }
}
