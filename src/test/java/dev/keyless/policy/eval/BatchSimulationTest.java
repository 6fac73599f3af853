package dev.keyless.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.policy.eval.wire.BatchSimulation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The --batch contract: one answer line per request line, in order; a bad line is answered with an error. */
class BatchSimulationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":{\\\"Effect\\\":\\\"Allow\\\","
            + "\\\"Action\\\":\\\"s3:GetObject\\\",\\\"Resource\\\":\\\"arn:aws:s3:::b/*\\\"}}";

    private List<JsonNode> run(String input, BatchSimulation.Summary[] summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary[0] = new BatchSimulation(new OfflineEvaluator())
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void each_line_gets_its_answer_in_order_and_a_bad_line_does_not_stop_the_batch() throws Exception {
        String input = "{\"id\":\"a\",\"request\":{\"PolicyInputList\":[\"" + POLICY + "\"],\"ActionNames\":[\"s3:GetObject\"],"
                + "\"ResourceArns\":[\"arn:aws:s3:::b/k\"]}}\n"
                + "{\"id\":2,\"request\":{\"PolicyInputList\":[\"{\"],\"ActionNames\":[\"s3:GetObject\"]}}\n"
                + "this is not json\n"
                + "\n"
                + "{\"request\":{\"PolicyInputList\":[\"" + POLICY + "\"],\"ActionNames\":[\"s3:PutObject\"]},\"id\":\"c\",\"extra\":[1,2]}";
        BatchSimulation.Summary[] s = new BatchSimulation.Summary[1];
        List<JsonNode> lines = run(input, s);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).get("EvaluationResults").get(0).get("EvalDecision").asText()).isEqualTo("allowed");
        assertThat(lines.get(1).get("id").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asText()).startsWith("MalformedPolicyDocument: line 2: PolicyInputList.1");
        assertThat(lines.get(2).get("id").isNull()).isTrue();
        assertThat(lines.get(2).get("error").asText()).contains("line 3");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("c");
        assertThat(lines.get(3).get("EvaluationResults").get(0).get("EvalDecision").asText()).isEqualTo("implicitDeny");
        assertThat(s[0]).isEqualTo(new BatchSimulation.Summary(4, 2, 2));
    }

    @Test
    void error_lines_carry_their_line_number_across_blocks_and_threads() throws Exception {
        StringBuilder input = new StringBuilder();
        String good = "{\"id\":%d,\"pad\":\"" + "p".repeat(600) + "\",\"request\":{\"PolicyInputList\":[\"" + POLICY
                + "\"],\"ActionNames\":[\"s3:GetObject\"],\"ResourceArns\":[\"arn:aws:s3:::b/k\"]}}\n";
        for (int i = 1; i <= 4000; i++) {
            input.append(i == 3001 ? "{\"id\":3001,\"request\":{\"ActionNames\":[\"s3:*\"],\"PolicyInputList\":[]}}\n"
                    : String.format(good, i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSimulation.Summary s = new BatchSimulation(new OfflineEvaluator())
                .run(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), out, 2);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4000);
        assertThat(JSON.readTree(lines[3000]).get("error").asText()).contains("line 3001");
        assertThat(JSON.readTree(lines[3999]).get("id").asInt()).isEqualTo(4000);
        assertThat(s.errors()).isEqualTo(1);
    }

    @Test
    void a_line_longer_than_the_read_buffer_is_read_whole() throws Exception {
        StringBuilder big = new StringBuilder("{\"id\":\"big\",\"pad\":\"");
        big.append("x".repeat(3 << 20)).append("\",\"request\":{\"PolicyInputList\":[\"").append(POLICY)
                .append("\"],\"ActionNames\":[\"s3:GetObject\"],\"ResourceArns\":[\"arn:aws:s3:::b/k\"]}}\n");
        List<JsonNode> lines = run(big.toString(), new BatchSimulation.Summary[1]);
        assertThat(lines.get(0).get("EvaluationResults").get(0).get("EvalDecision").asText()).isEqualTo("allowed");
    }

    @Test
    void a_string_cut_off_after_a_backslash_is_an_error_line_not_a_crash() throws Exception {
        String input = "{\"id\":\"x\\\n"
                + "{\"id\":\"ok\",\"request\":{\"PolicyInputList\":[\"" + POLICY + "\"],\"ActionNames\":[\"s3:GetObject\"],"
                + "\"ResourceArns\":[\"arn:aws:s3:::b/k\"]}}\n"
                + "{\"id\":\"y\",\"request\":{\"PolicyInputList\":[\"abc\\";
        BatchSimulation.Summary[] s = new BatchSimulation.Summary[1];
        List<JsonNode> lines = run(input, s);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("error").asText()).startsWith("InvalidInput: line 1 is not valid JSON");
        assertThat(lines.get(1).get("EvaluationResults").get(0).get("EvalDecision").asText()).isEqualTo("allowed");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("y");
        assertThat(lines.get(2).get("error").asText()).startsWith("InvalidInput: line 3 is not valid JSON");
        assertThat(s[0]).isEqualTo(new BatchSimulation.Summary(3, 2, 1));
    }
}
