package dev.keyless.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and output of the evaluator verbs, run through the real command line. */
class EvaluatorVerbsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();
    private PrintStream original;

    @BeforeEach
    void capture() {
        original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    private int run(String... args) {
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void simulate_custom_policy_prints_evaluation_results_like_the_aws_cli(@TempDir Path dir) throws Exception {
        Path req = dir.resolve("req.json");
        Files.writeString(req, "{\"PolicyInputList\":[\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Action\\\":\\\"dynamodb:*\\\",\\\"Resource\\\":\\\"*\\\"}}\"],\"ActionNames\":[\"dynamodb:CreateBackup\"]}");
        assertThat(run("simulate-custom-policy", "--cli-input-json", "file://" + req)).isEqualTo(0);
        assertThat(stdout()).startsWith("{\n    \"EvaluationResults\": [\n        {\n            \"EvalActionName\": \"dynamodb:CreateBackup\",")
                .contains("\"EvalDecision\": \"allowed\"").contains("\"MissingContextValues\": []");
    }

    @Test
    void malformed_policy_is_one_line_on_stderr_and_exit_1() {
        int code = run("simulate-custom-policy", "--cli-input-json",
                "{\"PolicyInputList\":[\"{\\\"Statement\\\":[}\"],\"ActionNames\":[\"s3:GetObject\"]}");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("keyless: simulate-custom-policy: MalformedPolicyDocument: PolicyInputList.1: JSON_SYNTAX_ERROR")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void batch_with_a_refused_line_answers_every_line_and_exits_1(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("b.jsonl");
        Files.writeString(batch, "{\"id\":1,\"request\":{\"PolicyInputList\":[],\"ActionNames\":[\"s3:GetObject\"]}}\n"
                + "{\"id\":2,\"request\":{\"ActionNames\":[\"s3:Get*\"],\"PolicyInputList\":[]}}\n");
        assertThat(run("simulate-custom-policy", "--batch", batch.toString())).isEqualTo(1);
        assertThat(stdout().lines()).hasSize(2);
        assertThat(err.toString()).contains("1 of 2 requests were refused");
    }

    @Test
    void validate_policy_batch_answers_every_line_in_order_and_exits_0(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("v.jsonl");
        String policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Action\\\":\\\"s3:GetObjekt\\\",\\\"Resource\\\":\\\"*\\\"}]}";
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lines.append("{\"id\":").append(i).append(",\"request\":{\"policyDocument\":\"").append(policy)
                    .append("\",\"policyType\":\"IDENTITY_POLICY\"}}\n");
        }
        Files.writeString(batch, lines);
        assertThat(run("validate-policy", "--batch", "file://" + batch)).isEqualTo(0);
        List<String> answers = stdout().lines().toList();
        assertThat(answers).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(answers.get(i)).startsWith("{\"id\":" + i + ",\"findings\":[").contains("INVALID_ACTION");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validate_policy_batch_with_a_refused_line_exits_1_and_refuses_single_policy_options(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("v.jsonl");
        Files.writeString(batch, "{\"id\":1}\n");
        assertThat(run("validate-policy", "--batch", batch.toString())).isEqualTo(1);
        assertThat(stdout()).startsWith("{\"id\":1,\"error\":\"ValidationException: line 1: the line has no \\\"request\\\"\"}");
        assertThat(err.toString()).contains("validate-policy: 1 of 1 requests were refused");
        assertThat(run("validate-policy", "--batch", batch.toString(), "--policy-type", "IDENTITY_POLICY")).isEqualTo(1);
        assertThat(err.toString()).contains("--batch takes each request from its lines");
        assertThat(run("validate-policy", "--batch", batch.toString(), "--live")).isEqualTo(1);
        assertThat(err.toString()).contains("--batch validates offline only");
        assertThat(run("validate-policy", "--batch", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is a directory, not a file");
    }

    @Test
    void check_access_not_granted_fail_exits_2() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
        assertThat(run("check-access-not-granted", "--policy-document", policy, "--access", "[{\"actions\":[\"s3:PutObject\"]}]",
                "--policy-type", "IDENTITY_POLICY")).isEqualTo(2);
        assertThat(stdout()).contains("\"result\": \"FAIL\"");
    }

    @Test
    void check_access_not_granted_pass_exits_0() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        assertThat(run("check-access-not-granted", "--policy-document", policy, "--access", "actions=s3:PutObject,s3:DeleteObject",
                "--policy-type", "IDENTITY_POLICY")).isEqualTo(0);
        assertThat(stdout()).contains("\"result\": \"PASS\"");
    }

    @Test
    void simulate_web_identity_reports_the_derived_keys() {
        assertThat(run("simulate-web-identity", "--trust-policy", "file://policy-fixtures/trust/google-trust-policy.json",
                "--token-claims", "{\"iss\":\"https://accounts.google.com\",\"aud\":\"sts.amazonaws.com\",\"sub\":\"112233445566778899001\"}"))
                .isEqualTo(0);
        assertThat(stdout()).contains("\"EvalDecision\": \"implicitDeny\"").contains("\"ContextKeyName\": \"accounts.google.com:oaud\"");
    }

    @Test
    void missing_file_is_a_user_error() {
        assertThat(run("simulate-web-identity", "--trust-policy", "file:///nonexistent/t.json", "--token-claims", "{}")).isEqualTo(1);
        assertThat(err.toString()).contains("file not found");
    }
}
