package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.aws.FakeAccount;
import dev.keyless.aws.FakeAws;
import dev.keyless.compliance.ActionSelection;
import dev.keyless.policy.catalog.IamCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check-stack --live} on the rendered program's export, against the fake AWS reached through
 * the SDK's own endpoint setting: what goes on the wire, and that the gate believes only PASS and
 * no-finding answers, never the fake's say-so.
 */
class LiveGateTest {

    static final String STACK = "policy-fixtures/stacks/compliant-rendered.json";
    static final String ACCOUNT = "123456789012";
    @RegisterExtension
    static final LiveFake aws = new LiveFake();


    @BeforeEach
    void computedAnswers() {
        aws.fake().reset();
        aws.fake().computeAnswers(FakeAccount.empty(), 100);
    }

    /** Requests about the stack's documents, not about keyless's own policy ("keyless's own permissions ..."). */
    private static List<JsonNode> aboutTheStack(String path) {
        return aws.fake().bodies(path).stream().filter(b -> !b.toString().contains("ValidateAndCheckPolicyDocuments")).toList();
    }

    static CliRun checkStackLive() {
        return CliRun.of("check-stack", "--live", "--stack-export", STACK, "--features", "features");
    }

    @Test
    void the_rendered_stack_passes_every_scenario_live_and_the_run_says_how_it_judged_trust() {
        CliRun run = checkStackLive();

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("keyless check-stack · mode: live · stack: keyless-federation/dev")
                .contains("simulate:   IAM SimulateCustomPolicy")
                .contains("(AWS cannot simulate trust policies, aws-cli issue 10314), plus Access Analyzer's ValidatePolicy"
                        + " findings and CheckNoPublicAccess on the trust policy")
                .contains("  PASS  AWS confirms the review › Access Analyzer confirms the trust policy and the bucket policy"
                        + " allow no public access")
                .contains("  PASS  AWS confirms the review › Access Analyzer confirms the role's policies grant none of the"
                        + " dangerous actions")
                .doesNotContain("The deployed role is the reviewed role").doesNotContain("SKIP")
                .contains("→ COMPLIANT (exit 0)")
                .contains("AWS: " + aws.fake().requestCount() + " requests");
        assertThat(aws.fake().requestCount()).isPositive();
    }

    @Test
    void each_document_goes_to_validate_policy_as_the_policy_type_iam_attaches_it_as() {
        checkStackLive();

        List<String> kinds = new ArrayList<>();
        for (JsonNode b : aboutTheStack(FakeAws.VALIDATE)) {
            kinds.add(b.get("policyType").asText() + " " + b.path("validatePolicyResourceType").asText("-"));
            assertThat(b.get("locale").asText()).isEqualTo("EN");
        }
        assertThat(kinds).containsExactlyInAnyOrder("RESOURCE_POLICY AWS::IAM::AssumeRolePolicyDocument",
                "IDENTITY_POLICY -", "RESOURCE_POLICY AWS::S3::Bucket");
        List<String> publicChecks = aws.fake().bodies(FakeAws.NO_PUBLIC_ACCESS).stream()
                .map(b -> b.get("resourceType").asText()).toList();
        assertThat(publicChecks).containsExactlyInAnyOrder("AWS::IAM::AssumeRolePolicyDocument", "AWS::S3::Bucket");
        assertThat(aws.fake().bodies(FakeAws.VALIDATE)).as("keyless's own policy is validated too").hasSize(4);
    }

    @Test
    void the_dangerous_actions_go_at_most_100_per_request_each_request_carrying_only_its_own() {
        checkStackLive();

        List<String> asked = new ArrayList<>();
        for (String service : List.of("s3", "iam", "sts", "kms")) {
            asked.addAll(ActionSelection.select(IamCatalog.builtIn(), service,
                    service.equals("s3") ? "Write, Permissions management, Tagging" : "all"));
        }
        // "What AWS decides for the role" asks its own table (wildcards included) in one request of its own.
        List<JsonNode> table = aboutTheStack(FakeAws.ACCESS_NOT_GRANTED).stream()
                .filter(b -> b.get("access").get(0).get("actions").toString().contains("\"iam:*\"")).toList();
        assertThat(table).hasSize(1);
        assertThat(table.get(0).get("access").get(0).get("actions")).hasSize(14);
        List<JsonNode> bodies = new ArrayList<>(aboutTheStack(FakeAws.ACCESS_NOT_GRANTED));
        bodies.removeAll(table);
        assertThat(bodies).hasSize((asked.size() + 99) / 100);
        List<String> sent = new ArrayList<>();
        for (JsonNode b : bodies) {
            JsonNode access = b.get("access").get(0);
            assertThat(access.has("resources")).isFalse();
            assertThat(access.get("actions").size()).isBetween(1, 100);
            access.get("actions").forEach(a -> sent.add(a.asText()));
            assertThat(b.get("policyType").asText()).isEqualTo("IDENTITY_POLICY");
        }
        assertThat(sent).as("every action asked exactly once").isEqualTo(asked);
        assertThat(asked).contains("s3:PutObject", "s3:PutBucketPolicy", "iam:PassRole", "sts:AssumeRole", "kms:Decrypt")
                .doesNotContain("s3:GetObject", "s3:ListBucket");
    }

    @Test
    void the_simulator_is_asked_as_a_user_of_the_account_with_the_account_arn_as_owner_and_the_tls_context() {
        checkStackLive();

        List<Map<String, List<String>>> forms = aws.fake().iamForms("SimulateCustomPolicy");
        assertThat(forms).as("one request per row of the decision table, and the plain-HTTP read").hasSize(18);
        Set<String> callers = new HashSet<>();
        for (Map<String, List<String>> f : forms) {
            assertThat(f).containsEntry("ResourceOwner", List.of("arn:aws:iam::" + ACCOUNT + ":root"))
                    .containsKey("PolicyInputList.member.1");
            String tls = f.entrySet().stream().filter(e -> e.getValue().equals(List.of("aws:SecureTransport")))
                    .map(Map.Entry::getKey).findFirst().orElseThrow().replace("ContextKeyName", "");
            assertThat(f).containsEntry(tls + "ContextKeyType", List.of("boolean"));
            assertThat(f.values()).contains(List.of("aws:PrincipalArn"), List.of("aws:PrincipalAccount"));
            if (f.containsKey("ResourcePolicy")) {
                callers.addAll(f.get("CallerArn"));
            } else {
                assertThat(f).doesNotContainKey("CallerArn");
            }
        }
        assertThat(callers).containsExactly("arn:aws:iam::" + ACCOUNT + ":user/keyless-simulated-caller");
    }

    @Test
    void an_error_finding_from_access_analyzer_fails_the_gate() {
        aws.fake().answerWhenBodyContains(FakeAws.VALIDATE, "AWS::IAM::AssumeRolePolicyDocument",
                "access-analyzer/validate-policy-trust-error.json");

        CliRun run = checkStackLive();

        assertThat(run.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("  FAIL  Access Analyzer finds nothing to fix › Access Analyzer finds no ERROR or"
                + " SECURITY_WARNING in the role's trust policy").contains("ERROR MISMATCHED_ACTION_FOR_PRINCIPAL")
                .contains("→ VIOLATIONS (exit 2)");
    }

    @Test
    void a_fail_from_check_no_public_access_fails_the_gate() {
        aws.fake().answerWhenBodyContains(FakeAws.NO_PUBLIC_ACCESS, "AWS::S3::Bucket",
                "access-analyzer/check-no-public-access-fail.json");

        CliRun run = checkStackLive();

        assertThat(run.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("  FAIL  AWS confirms the review › Access Analyzer confirms the trust policy and"
                + " the bucket policy allow no public access")
                .contains("CheckNoPublicAccess (AWS::S3::Bucket) FAIL: The resource policy grants public access for the"
                        + " given resource type. Public access granted in the following statement with index: 0.");
    }

    @Test
    void a_fail_in_one_chunk_of_check_access_not_granted_fails_the_gate() {
        aws.fake().answerWhenBodyContains(FakeAws.ACCESS_NOT_GRANTED, "\"iam:CreateAccessKey\"",
                "access-analyzer/check-access-not-granted-fail.json");

        CliRun run = checkStackLive();

        assertThat(run.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("  FAIL  AWS confirms the review › Access Analyzer confirms the role's policies"
                + " grant none of the dangerous actions").contains("CheckAccessNotGranted FAIL: The policy document grants"
                + " access to perform one or more of the listed actions.");
    }
}
