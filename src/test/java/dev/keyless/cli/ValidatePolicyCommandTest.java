package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RunMode;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.lint.ValidationResult;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code keyless validate-policy}: the AWS CLI's options, ValidatePolicy's response JSON as the CLI
 * prints it, a table with {@code --output text}, exit 0 whenever it ran and 1 with one line for
 * bad input.
 */
class ValidatePolicyCommandTest {

    private static final String BLOG = "file://policy-fixtures/validate/blog-original-read-policy.json";
    private static final String COMPLIANT = "file://policy-fixtures/validate/keyless-read-policy.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {}

    private static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    @Test
    void findings_are_printed_as_the_validate_policy_response_and_the_command_still_exits_0() throws Exception {
        Run r = run("validate-policy", "--policy-document", BLOG, "--policy-type", "IDENTITY_POLICY");
        assertThat(r.exit()).isZero();
        JsonNode finding = JSON.readTree(r.out()).get("findings").get(0);
        assertThat(finding.get("issueCode").asText()).isEqualTo("INVALID_ACTION");
        assertThat(finding.get("findingType").asText()).isEqualTo("ERROR");
        assertThat(finding.get("findingDetails").asText()).startsWith("The action s3:HeadBucket does not exist.");
        assertThat(finding.get("learnMoreLink").asText()).endsWith("#access-analyzer-reference-policy-checks-error-invalid-action");
        assertThat(finding.get("locations").get(0).get("path").toString())
                .isEqualTo("[{\"value\":\"Statement\"},{\"index\":0},{\"value\":\"Action\"},{\"index\":2}]");
        assertThat(finding.get("locations").get(0).get("span").toString())
                .isEqualTo("{\"end\":{\"column\":23,\"line\":9,\"offset\":167},\"start\":{\"column\":8,\"line\":9,\"offset\":152}}");
    }

    @Test
    void the_json_is_laid_out_as_the_aws_cli_prints_it() {
        Run r = run("validate-policy", "--policy-document", BLOG, "--policy-type", "IDENTITY_POLICY");
        assertThat(r.out()).startsWith("{\n    \"findings\": [\n        {\n            \"findingDetails\": \"The action s3:HeadBucket");
        assertThat(r.out()).contains("\"path\": [\n                        {\n                            \"value\": \"Statement\"\n");
        assertThat(run("validate-policy", "--policy-document", COMPLIANT, "--policy-type", "IDENTITY_POLICY").out())
                .isEqualTo("{\n    \"findings\": []\n}\n");
    }

    @Test
    void substring_path_elements_are_written_as_access_analyzer_writes_them() {
        Location at = new Location(new JsonPath(List.of(new dev.keyless.policy.model.PathElement.Value("Resource"),
                new dev.keyless.policy.model.PathElement.Substring(4, 3))), Span.at(Position.START));
        String json = FindingsJson.render(new ValidationResult(List.of(new Finding(FindingType.WARNING, "X", "d", "l", List.of(at)))));
        assertThat(json).contains("\"substring\": {\n");
        assertThat(json.replaceAll("\\s", "")).contains("{\"substring\":{\"length\":3,\"start\":4}}");
    }

    @Test
    void text_output_is_a_table_with_line_and_column_counted_from_one() {
        Run r = run("validate-policy", "--policy-document", BLOG, "--policy-type", "IDENTITY_POLICY", "--output", "text");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ERROR").contains("INVALID_ACTION").contains("9:9").contains("Statement[0].Action[2]")
                .endsWith("1 finding: 1 ERROR\n");
        assertThat(run("validate-policy", "--policy-document", COMPLIANT, "--policy-type", "IDENTITY_POLICY", "--output", "text").out())
                .isEqualTo("No findings.\n");
    }

    @Test
    void a_role_trust_policy_is_validated_with_its_resource_type() {
        List<ValidateRequest> seen = new ArrayList<>();
        PolicyValidator recording = request -> {
            seen.add(request);
            return new ValidationResult(List.of());
        };
        CommandLine cl = new CommandLine(new ValidatePolicyCommand(mode -> Backends.offline().withValidator(recording)));
        Run r = run(cl, "--policy-document", "{\"Version\": \"2012-10-17\"}", "--policy-type", "RESOURCE_POLICY",
                "--validate-policy-resource-type", "AWS::IAM::AssumeRolePolicyDocument");
        assertThat(r.exit()).isZero();
        assertThat(seen).singleElement().satisfies(req -> {
            assertThat(req.isRoleTrustPolicy()).isTrue();
            assertThat(req.policyDocument()).isEqualTo("{\"Version\": \"2012-10-17\"}");
        });
    }

    @Test
    void live_goes_to_the_live_backend() {
        List<String> used = new ArrayList<>();
        PolicyValidator offline = request -> {
            used.add("offline");
            return new ValidationResult(List.of());
        };
        PolicyValidator live = request -> {
            used.add("live");
            return new ValidationResult(List.of());
        };
        CommandLine cl = new CommandLine(new ValidatePolicyCommand(mode -> Backends.offline()
                .withValidator(mode == RunMode.Mode.LIVE ? live : offline)));
        run(cl, "--policy-document", "{}", "--policy-type", "IDENTITY_POLICY", "--live");
        assertThat(used).containsExactly("live");
        // Against the fake AWS, end to end: LiveVerbsTest.
    }

    @Test
    void malformed_policy_json_is_a_finding_not_a_tool_error() throws Exception {
        Run r = run("validate-policy", "--policy-document", "{\"Version\": ", "--policy-type", "IDENTITY_POLICY");
        assertThat(r.exit()).isZero();
        assertThat(JSON.readTree(r.out()).get("findings").get(0).get("issueCode").asText()).isEqualTo("JSON_SYNTAX_ERROR");
    }

    @Test
    void bad_arguments_exit_1_with_one_line_saying_what_to_do() {
        assertOneLineError(run("validate-policy", "--policy-document", "file://no/such/policy.json", "--policy-type", "IDENTITY_POLICY"),
                "file not found");
        assertOneLineError(run("validate-policy", "--policy-document", COMPLIANT, "--policy-type", "IDENTITY"),
                "--policy-type must be one of IDENTITY_POLICY, RESOURCE_POLICY, SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY");
        assertOneLineError(run("validate-policy", "--policy-document", COMPLIANT, "--policy-type", "IDENTITY_POLICY",
                "--validate-policy-resource-type", "AWS::S3::Bucket"), "goes with --policy-type RESOURCE_POLICY only");
        assertOneLineError(run("validate-policy", "--policy-document", COMPLIANT, "--policy-type", "RESOURCE_POLICY",
                "--validate-policy-resource-type", "AWS::SQS::Queue"), "must be one of AWS::S3::Bucket");
        assertOneLineError(run("validate-policy", "--policy-document", COMPLIANT, "--policy-type", "IDENTITY_POLICY",
                "--output", "yaml"), "--output must be json or text");
    }

    @Test
    void a_missing_required_option_is_a_usage_error() {
        Run r = run("validate-policy", "--policy-type", "IDENTITY_POLICY");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--policy-document");
    }

    private static void assertOneLineError(Run r, String says) {
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("keyless: ").contains(says).hasLineCount(1);
    }
}
