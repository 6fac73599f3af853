package dev.keyless.policy.eval.wire;

import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.LineColumn;
import dev.keyless.policy.eval.MatchedStatement;
import dev.keyless.policy.jsonl.Utf8Json;

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

    private static final byte[] ACTION = Utf8Json.ascii("{\"EvalActionName\":");
    private static final byte[] RESOURCE = Utf8Json.ascii(",\"EvalResourceName\":");
    private static final byte[] DECISION = Utf8Json.ascii(",\"EvalDecision\":");
    private static final byte[] MATCHED = Utf8Json.ascii(",\"MatchedStatements\":[");
    private static final byte[] SOURCE_ID = Utf8Json.ascii("{\"SourcePolicyId\":");
    private static final byte[] SOURCE_TYPE = Utf8Json.ascii(",\"SourcePolicyType\":");
    private static final byte[] START = Utf8Json.ascii(",\"StartPosition\":{\"Line\":");
    private static final byte[] END = Utf8Json.ascii("},\"EndPosition\":{\"Line\":");
    private static final byte[] COLUMN = Utf8Json.ascii(",\"Column\":");
    private static final byte[] MISSING = Utf8Json.ascii("],\"MissingContextValues\":[");
    private static final byte[] BOUNDARY = Utf8Json.ascii(",\"PermissionsBoundaryDecisionDetail\":{\"AllowedByPermissionsBoundary\":");

    /**
     * The results array in the batch's compact form, as bytes: the same bytes {@link #results} gives
     * through a compact {@link JsonWriter} and UTF-8, written without either.
     */
    static void compact(Utf8Json out, List<EvaluationResult> results) {
        out.raw('[');
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                out.raw(',');
            }
            compact(out, results.get(i));
        }
        out.raw(']');
    }

    private static void compact(Utf8Json out, EvaluationResult r) {
        out.raw(ACTION).repeated(r.evalActionName())
                .raw(RESOURCE).string(r.evalResourceName())
                .raw(DECISION).repeated(r.evalDecision().json())
                .raw(MATCHED);
        List<MatchedStatement> matched = r.matchedStatements();
        for (int i = 0; i < matched.size(); i++) {
            MatchedStatement m = matched.get(i);
            if (i > 0) {
                out.raw(',');
            }
            out.raw(SOURCE_ID).repeated(m.sourcePolicyId())
                    .raw(SOURCE_TYPE).repeated(m.sourcePolicyType())
                    .raw(START).number(m.startPosition().line()).raw(COLUMN).number(m.startPosition().column())
                    .raw(END).number(m.endPosition().line()).raw(COLUMN).number(m.endPosition().column())
                    .raw('}').raw('}');
        }
        out.raw(MISSING);
        List<String> missing = r.missingContextValues();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                out.raw(',');
            }
            out.repeated(missing.get(i));
        }
        out.raw(']');
        if (r.allowedByPermissionsBoundary().isPresent()) {
            out.raw(BOUNDARY).bool(r.allowedByPermissionsBoundary().get()).raw('}');
        }
        out.raw('}');
    }

    private static void position(JsonWriter w, LineColumn p) {
        w.beginObject().name("Line").value(p.line()).name("Column").value(p.column()).endObject();
    }
}
