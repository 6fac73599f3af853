package dev.keyless.policy.lint.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingJson;
import dev.keyless.policy.jsonl.JsonLinesBatch;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** validate-policy --batch: one answer per request line, in order, with the single-policy findings. */
class BatchValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OfflinePolicyValidator VALIDATOR = new OfflinePolicyValidator();
    private static final String GOOD = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}";
    private static final String BAD = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObjekt\",\"Resource\":\"*\"}]}";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}]}";

    private JsonLinesBatch.Summary summary;

    private List<JsonNode> run(String input, int workers) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new BatchValidation(VALIDATOR).run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, workers);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String line(Object id, String document, String type, String resourceType) throws Exception {
        var request = JSON.createObjectNode().put("policyDocument", document).put("policyType", type);
        if (resourceType != null) {
            request.put("validatePolicyResourceType", resourceType);
        }
        var line = JSON.createObjectNode();
        line.putPOJO("id", id);
        line.set("request", request);
        return JSON.writeValueAsString(line) + "\n";
    }

    private static JsonNode findingsOf(ValidateRequest request) {
        ArrayNode a = JSON.createArrayNode();
        for (Finding f : VALIDATOR.validate(request).findings()) {
            FindingJson.write(a.addObject(), f);
        }
        return a;
    }

    @Test
    void each_request_line_is_answered_in_order_with_the_findings_of_the_single_policy_verb() throws Exception {
        String input = line("good", GOOD, "IDENTITY_POLICY", null) + line(7, BAD, "IDENTITY_POLICY", null)
                + line("trust", TRUST, "RESOURCE_POLICY", ValidateRequest.ROLE_TRUST);
        List<JsonNode> lines = run(input, 2);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("good", "7", "trust");
        assertThat(lines.get(0).get("findings")).isEqualTo(findingsOf(ValidateRequest.identity(GOOD)));
        assertThat(lines.get(1).get("id").isInt()).isTrue();
        assertThat(lines.get(1).get("findings")).isEqualTo(findingsOf(ValidateRequest.identity(BAD)));
        assertThat(lines.get(1).get("findings").toString()).contains("INVALID_ACTION");
        assertThat(lines.get(2).get("findings")).isEqualTo(findingsOf(ValidateRequest.trust(TRUST)));
        assertThat(lines.get(2).get("findings").toString()).contains("ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL");
        assertThat(summary.requests()).isEqualTo(3);
        assertThat(summary.errors()).isZero();
    }

    @Test
    void a_bad_line_gets_an_error_line_and_the_batch_goes_on() throws Exception {
        String input = "not json\n"
                + "{\"id\":\"no-request\"}\n"
                + "{\"id\":\"typo\",\"request\":{\"policyDocument\":\"{}\",\"policytype\":\"IDENTITY_POLICY\"}}\n"
                + "{\"id\":\"twice\",\"request\":{\"policyDocument\":\"{}\",\"policyType\":\"IDENTITY_POLICY\",\"policyType\":\"RESOURCE_POLICY\"}}\n"
                + "{\"id\":\"type\",\"request\":{\"policyDocument\":\"{}\",\"policyType\":\"IDENTITY\"}}\n"
                + "{\"id\":\"rt\",\"request\":{\"policyDocument\":\"{}\",\"policyType\":\"IDENTITY_POLICY\",\"validatePolicyResourceType\":\"AWS::S3::Bucket\"}}\n"
                + "{\"id\":[1],\"request\":{\"policyDocument\":\"{}\",\"policyType\":\"IDENTITY_POLICY\"}}\n"
                + "{\"id\":\"doc\",\"request\":{\"policyDocument\":{\"Version\":\"2012-10-17\"},\"policyType\":\"IDENTITY_POLICY\"}}\n"
                + line("last", GOOD, "IDENTITY_POLICY", null);
        List<JsonNode> lines = run(input, 2);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0).get("error").asText()).startsWith("ValidationException: line 1 is not valid JSON");
        assertThat(lines.get(1).get("error").asText()).contains("line 2").contains("no \"request\"");
        assertThat(lines.get(2).get("error").asText()).contains("unknown request member \"policytype\"");
        assertThat(lines.get(3).get("error").asText()).contains("line 4").contains("Duplicate field 'policyType'");
        assertThat(lines.get(4).get("error").asText()).contains("\"policyType\" must be one of");
        assertThat(lines.get(5).get("error").asText()).contains("\"validatePolicyResourceType\" goes with \"policyType\" RESOURCE_POLICY only");
        assertThat(lines.get(6).get("id").isNull()).isTrue();
        assertThat(lines.get(6).get("error").asText()).contains("\"id\" must be a string or a number");
        assertThat(lines.get(7).get("error").asText()).contains("\"policyDocument\" must be a string");
        assertThat(lines.get(8).get("findings").isArray()).isTrue();
        assertThat(summary.errors()).isEqualTo(8);
    }
}
