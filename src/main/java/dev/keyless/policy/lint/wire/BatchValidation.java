package dev.keyless.policy.lint.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingJson;
import dev.keyless.policy.jsonl.BatchId;
import dev.keyless.policy.jsonl.JsonLinesBatch;
import dev.keyless.policy.jsonl.AnswerLines;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.lint.ValidationResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * {@code validate-policy --batch}: a JSON Lines file of ValidatePolicy requests, one answer line per
 * request line, in input order. {@code {"id":…,"request":{"policyDocument":"…","policyType":"…"}}}
 * (optionally {@code "validatePolicyResourceType"}; other members of the line are ignored) becomes
 * {@code {"id":…,"findings":[…]}}, each finding exactly as the single-policy output writes it
 * ({@link FindingJson}), or {@code {"id":…,"error":"…"}}. A bad line is answered with an error and
 * the batch goes on. The request is read as strictly as the AWS CLI reads {@code --cli-input-json}:
 * an unknown or repeated member is an error, never ignored.
 */
public final class BatchValidation {

    /** A line may hold one policy of IAM's largest size, escaped (a quote or newline takes two bytes). */
    public static final JsonLinesBatch.Limits LIMITS = new JsonLinesBatch.Limits(4 << 20, 64L << 30);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MEMBERS = Set.of("policyDocument", "policyType", "validatePolicyResourceType", "locale");

    private final PolicyValidator validator;

    public BatchValidation(PolicyValidator validator) {
        this.validator = validator;
    }

    /** Counts: answered lines, error lines among them, and findings. */
    public JsonLinesBatch.Summary run(InputStream in, OutputStream out, int workers) throws IOException {
        return new JsonLinesBatch(LIMITS).run(in, out, workers, ThreadLocal.withInitial(() -> this::answer));
    }

    /** A request line that cannot be answered: its message, for the error line. */
    private static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }

    long answer(byte[] buf, int start, int length, LongSupplier lineNo, AnswerLines out) {
        BatchId id = BatchId.NULL;
        String error;
        try (JsonParser p = FACTORY.createParser(buf, start, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadLine("the line is not a JSON object");
            }
            ValidateRequest request = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("id")) {
                    id = BatchId.read(p, t).orElseThrow(() -> new BadLine("\"id\" must be a string or a number"));
                } else if (name.equals("request")) {
                    request = request(p, t);
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new BadLine("unexpected content after the line's object");
            }
            if (request == null) {
                throw new BadLine("the line has no \"request\"");
            }
            return respond(id, validator.validate(request), out);
        } catch (JsonProcessingException e) {
            error = "ValidationException: line " + lineNo.getAsLong() + " is not valid JSON: " + e.getOriginalMessage();
        } catch (BadLine e) {
            error = "ValidationException: line " + lineNo.getAsLong() + ": " + e.getMessage();
        } catch (IOException | RuntimeException e) {
            // A defect of ours on one line stays on that line, answered as an error (the batch still
            // fails closed) instead of stopping the other requests with a stack trace.
            error = "InternalError: line " + lineNo.getAsLong() + ": keyless could not answer this request (" + e
                    + "); please report it with the line";
        }
        out.error(id, error);
        return -1;
    }

    private static long respond(BatchId id, ValidationResult result, AnswerLines out) throws IOException {
        ArrayNode findings = JSON.createArrayNode();
        for (Finding f : result.findings()) {
            FindingJson.write(findings.addObject(), f);
        }
        int mark = out.mark();
        try (JsonGenerator g = out.line()) {
            g.writeStartObject();
            id.write(g);
            g.writeFieldName("findings");
            JSON.writeTree(g, findings);
            g.writeEndObject();
        } catch (IOException | RuntimeException e) {
            out.reset(mark);
            throw e;
        }
        return result.findings().size();
    }

    /** The ValidatePolicy request object at the parser's current token {@code t}. */
    private static ValidateRequest request(JsonParser p, JsonToken t) throws IOException, BadLine {
        if (t != JsonToken.START_OBJECT) {
            throw new BadLine("\"request\" must be a ValidatePolicy request object");
        }
        String document = null;
        String type = null;
        String resourceType = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!MEMBERS.contains(name)) {
                throw new BadLine("unknown request member \"" + name + "\" (ValidatePolicy takes " + String.join(", ",
                        new java.util.TreeSet<>(MEMBERS)) + ")");
            }
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw new BadLine("\"" + name + "\" must be a string");
            }
            switch (name) {
                case "policyDocument" -> document = p.getText();
                case "policyType" -> type = p.getText();
                case "validatePolicyResourceType" -> resourceType = p.getText();
                default -> {
                    // The offline findings are written in English, as ValidatePolicy's EN locale writes them.
                    if (!p.getText().equals("EN")) {
                        throw new BadLine("\"locale\" " + p.getText() + " is not offered offline: findings are in English (EN)");
                    }
                }
            }
        }
        if (document == null || type == null) {
            throw new BadLine("the request needs \"policyDocument\" and \"policyType\"");
        }
        try {
            return ValidateRequest.of(document, type, resourceType, member -> "\"" + member + "\"");
        } catch (IllegalArgumentException e) {
            throw new BadLine(e.getMessage());
        }
    }

}
