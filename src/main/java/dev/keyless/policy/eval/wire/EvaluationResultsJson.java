package dev.keyless.policy.eval.wire;

import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.LineColumn;
import dev.keyless.policy.eval.MatchedStatement;

import java.util.List;

/** Writes {@code EvaluationResults} with the member names and order the AWS CLI prints. */
public final class EvaluationResultsJson {

    private EvaluationResultsJson() {}

    /** {@code {"EvaluationResults": [...]}}, pretty as the AWS CLI prints it, with a final newline. */
    public static String response(List<EvaluationResult> results) {
        StringBuilder sb = new StringBuilder(512 * (results.size() + 1));
        JsonWriter w = new JsonWriter(sb, true);
        w.beginObject().name("EvaluationResults");
        results(w, results);
        w.endObject();
        return sb.append('\n').toString();
    }

    public static void results(JsonWriter w, List<EvaluationResult> results) {
        w.beginArray();
        for (EvaluationResult r : results) {
            result(w, r);
        }
        w.endArray();
    }

    public static void result(JsonWriter w, EvaluationResult r) {
        w.beginObject()
                .name("EvalActionName").value(r.evalActionName())
                .name("EvalResourceName").value(r.evalResourceName())
                .name("EvalDecision").value(r.evalDecision().json())
                .name("MatchedStatements").beginArray();
        for (MatchedStatement m : r.matchedStatements()) {
            w.beginObject()
                    .name("SourcePolicyId").value(m.sourcePolicyId())
                    .name("SourcePolicyType").value(m.sourcePolicyType())
                    .name("StartPosition");
            position(w, m.startPosition());
            w.name("EndPosition");
            position(w, m.endPosition());
            w.endObject();
        }
        w.endArray().name("MissingContextValues").beginArray();
        for (String k : r.missingContextValues()) {
            w.value(k);
        }
        w.endArray();
        if (r.allowedByPermissionsBoundary().isPresent()) {
            w.name("PermissionsBoundaryDecisionDetail").beginObject()
                    .name("AllowedByPermissionsBoundary").value(r.allowedByPermissionsBoundary().get())
                    .endObject();
        }
        w.endObject();
    }

    private static void position(JsonWriter w, LineColumn p) {
        w.beginObject().name("Line").value(p.line()).name("Column").value(p.column()).endObject();
    }
}
