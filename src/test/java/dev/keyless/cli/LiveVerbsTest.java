package dev.keyless.cli;

import dev.keyless.aws.FakeAccount;
import dev.keyless.aws.FakeAws;
import dev.keyless.compliance.ActionSelection;
import dev.keyless.policy.catalog.IamCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The verbs with {@code --live}: AWS answers through the fake, and the output is the offline output's shape. */
class LiveVerbsTest {

    private static final String DEFECTS = "file://policy-fixtures/aws-responses/requests/read-policy-defects.json";
    private static final String READ = "file://policy-fixtures/aws-responses/requests/deployed-read-policy.json";
    /** aws-cli awscli/examples/iam/simulate-custom-policy.rst, Example 1. */
    private static final String CLI_EXAMPLE = "{\"PolicyInputList\":[\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":"
            + "{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"dynamodb:*\\\",\\\"Resource\\\":\\\"*\\\",\\\"Condition\\\":"
            + "{\\\"DateGreaterThan\\\":{\\\"aws:CurrentTime\\\":\\\"2018-08-16T12:00:00Z\\\"}}}}\"],"
            + "\"ActionNames\":[\"dynamodb:CreateBackup\"],\"ContextEntries\":[{\"ContextKeyName\":\"aws:CurrentTime\","
            + "\"ContextKeyValues\":[\"2019-04-25T11:00:00Z\"],\"ContextKeyType\":\"date\"}]}";

    @RegisterExtension
    static final LiveFake aws = new LiveFake();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream original;


    @BeforeEach
    void capture() {
        aws.fake().reset();
        aws.fake().computeAnswers(FakeAccount.empty(), 2);
        original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        stdout.reset();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, stdout.toString(StandardCharsets.UTF_8) + out, err.toString());
    }

    @Test
    void validate_policy_live_prints_what_offline_prints_read_from_every_page() {
        Run offline = run("validate-policy", "--policy-document", DEFECTS, "--policy-type", "IDENTITY_POLICY");
        Run live = run("validate-policy", "--live", "--policy-document", DEFECTS, "--policy-type", "IDENTITY_POLICY");

        assertThat(live.exit()).isZero();
        assertThat(live.out()).isEqualTo(offline.out()).contains("\"issueCode\": \"INVALID_ACTION\"");
        int findings = live.out().split("\"issueCode\"").length - 1;
        assertThat(findings).isGreaterThan(2);
        assertThat(aws.fake().requests(FakeAws.VALIDATE)).as("two findings a page").hasSize((findings + 1) / 2);
    }

    @Test
    void validate_account_live_asks_access_analyzer_for_every_document_and_judges_as_offline() {
        String sample = "file://policy-fixtures/account/authorization-details.json";
        Run offline = run("validate-account", "--authorization-details", sample);
        Run live = run("validate-account", "--live", "--authorization-details", sample);

        assertThat(live.exit()).as(live.err()).isEqualTo(ExitCode.VIOLATIONS);
        String judged = offline.out().substring(offline.out().indexOf("  user Alice"));
        assertThat(live.out()).contains(judged.substring(0, judged.indexOf("Findings over")))
                .contains("BLOCKING  blocking finding: ERROR INVALID_ACTION").contains("→ VIOLATIONS (exit 2)");
        assertThat(aws.fake().bodies(FakeAws.VALIDATE)).extracting(b -> b.get("policyType").asText() + " "
                + b.path("validatePolicyResourceType").asText()).containsOnly("IDENTITY_POLICY ",
                "RESOURCE_POLICY AWS::IAM::AssumeRolePolicyDocument").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void validate_account_live_throttled_for_good_is_a_tool_error_not_a_pass() {
        aws.fake().fail(FakeAws.VALIDATE, 429, "ThrottlingException", "access-analyzer/error-throttling.json");
        Run live = run("validate-account", "--live", "--authorization-details", "policy-fixtures/account/authorization-details.json");
        assertThat(live.exit()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(live.err().strip()).startsWith("keyless: AWS kept throttling IAM Access Analyzer ValidatePolicy").hasLineCount(1);
    }

    @Test
    void simulate_custom_policy_live_prints_what_offline_prints_for_the_aws_cli_example() {
        Run offline = run("simulate-custom-policy", "--cli-input-json", CLI_EXAMPLE);
        Run live = run("simulate-custom-policy", "--live", "--cli-input-json", CLI_EXAMPLE);

        assertThat(live.exit()).as(live.err()).isZero();
        assertThat(live.out()).isEqualTo(offline.out()).contains("\"EvalDecision\": \"allowed\"");
        assertThat(aws.fake().iamForms("SimulateCustomPolicy")).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("ContextEntries.member.1.ContextKeyType", java.util.List.of("date")));
    }

    @Test
    void simulate_custom_policy_live_refuses_a_trust_request_with_the_reason_and_sends_nothing() {
        String trust = "{\"ResourcePolicy\":\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Principal\\\":{\\\"Federated\\\":\\\"accounts.google.com\\\"},\\\"Action\\\":"
                + "\\\"sts:AssumeRoleWithWebIdentity\\\"}}\",\"PolicyInputList\":[],\"ActionNames\":"
                + "[\"sts:AssumeRoleWithWebIdentity\"],\"CallerPrincipal\":{\"Federated\":\"accounts.google.com\"}}";

        Run live = run("simulate-custom-policy", "--live", "--cli-input-json", trust);

        assertThat(live.exit()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(live.err().strip()).startsWith("keyless: simulate-custom-policy: InvalidInput: the IAM policy simulator"
                + " cannot evaluate a role trust policy for a Federated caller (aws-cli issue 10314)")
                .endsWith("simulate it offline (without --live)");
        assertThat(aws.fake().requestCount()).isZero();
    }

    @Test
    void simulate_custom_policy_batch_stays_offline() {
        Run live = run("simulate-custom-policy", "--live", "--batch", "policy-fixtures/simulate/none.jsonl");
        assertThat(live.exit()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(live.err()).startsWith("keyless: --batch answers offline only");
    }

    @Test
    void check_access_not_granted_live_asks_every_s3_action_in_slices_and_prints_what_offline_prints() {
        String actions = String.join(",", ActionSelection.select(IamCatalog.builtIn(), "s3", "all"));

        Run offline = run("check-access-not-granted", "--policy-document", READ, "--access", "actions=" + actions,
                "--policy-type", "IDENTITY_POLICY");
        Run live = run("check-access-not-granted", "--live", "--policy-document", READ, "--access", "actions=" + actions,
                "--policy-type", "IDENTITY_POLICY");

        assertThat(live.exit()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(live.out()).isEqualTo(offline.out()).contains("\"result\": \"FAIL\"");
        int count = actions.split(",").length;
        assertThat(aws.fake().bodies(FakeAws.ACCESS_NOT_GRANTED)).hasSize((count + 99) / 100)
                .allSatisfy(b -> assertThat(b.get("access").get(0).get("actions").size()).isLessThanOrEqualTo(100));
    }
}
