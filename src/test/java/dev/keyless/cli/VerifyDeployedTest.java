package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.aws.FakeAccount;
import dev.keyless.aws.FakeAws;
import dev.keyless.infra.PolicyDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify-deployed} against a fake account holding what {@code pulumi up} would have created,
 * with identifiers of its own (account, role, policy, bucket, service account), found only through
 * the stack's outputs file.
 */
class VerifyDeployedTest {

    static final String ACCOUNT = "210987654321";
    static final String ROLE = "s3-reader-role-5be1f3a";
    static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/" + ROLE;
    static final String POLICY_ARN = "arn:aws:iam::" + ACCOUNT + ":policy/s3-read-policy-77c0e19";
    static final String BUCKET = "keyless-data-20260917103000123400000001";
    static final String BUCKET_ARN = "arn:aws:s3:::" + BUCKET;
    static final String SA = "112233445566778899001";
    static final String AUDIENCE = "sts.amazonaws.com";
    /** The trust policy as IAM might hand it back: same JSON, other layout and member order. */
    static final String TRUST_AS_IAM_HOLDS_IT = """
            {
              "Statement": {
                "Condition": {"StringEquals": {"accounts.google.com:oaud": "%s",
                  "accounts.google.com:sub": "%s", "accounts.google.com:aud": "%s"}},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Principal": {"Federated": "accounts.google.com"},
                "Effect": "Allow",
                "Sid": "OneGoogleServiceAccount"
              },
              "Version": "2012-10-17"
            }""".formatted(AUDIENCE, SA, SA);

    @RegisterExtension
    static final LiveFake aws = new LiveFake();
    private FakeAccount account;

    @TempDir
    Path tmp;


    @BeforeEach
    void deployed() {
        account = FakeAccount.empty()
                .putPolicy(new FakeAccount.ManagedPolicy(POLICY_ARN, "v1", PolicyDocuments.readOnly(BUCKET_ARN)))
                .putRole(new FakeAccount.Role(ROLE, ROLE_ARN, TRUST_AS_IAM_HOLDS_IT, List.of(POLICY_ARN), Map.of()));
        aws.fake().reset();
        aws.fake().computeAnswers(account, 100);
    }

    private CliRun verifyDeployed() throws IOException {
        Path outputs = Files.writeString(tmp.resolve("outputs.json"), """
                {"bucketName": "%s", "roleArn": "%s", "serviceAccountUniqueId": "%s",
                 "serviceAccountEmail": "aws-service-access@keyless-example.iam.gserviceaccount.com",
                 "tokenAudience": "%s", "instanceName": "workload-vm-4d2e9f1", "credentialsHint": "[secret]"}
                """.formatted(BUCKET, ROLE_ARN, SA, AUDIENCE));
        return CliRun.of("verify-deployed", "--stack-outputs", outputs.toString(), "--features", "features");
    }

    @Test
    void the_deployed_role_as_reviewed_passes_and_is_asked_about_by_its_own_arn() throws IOException {
        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("keyless verify-deployed · mode: live · stack: keyless-federation/dev")
                .contains("simulate:   IAM SimulatePrincipalPolicy on " + ROLE_ARN)
                .contains("  PASS  The deployed role is the reviewed role › The deployed trust policy is the reviewed one")
                .contains("  PASS  The deployed role is the reviewed role › The deployed permissions are the reviewed ones")
                .doesNotContain("What AWS decides for the role").doesNotContain("AWS confirms the review")
                .contains("15 scenarios: 15 passed");
        assertThat(aws.fake().iamForms("GetRole")).allSatisfy(f -> assertThat(f).containsEntry("RoleName", List.of(ROLE)));
        List<Map<String, List<String>>> simulations = aws.fake().iamForms("SimulatePrincipalPolicy");
        assertThat(simulations).hasSize(12).allSatisfy(f -> assertThat(f)
                .containsEntry("PolicySourceArn", List.of(ROLE_ARN))
                .containsEntry("ContextEntries.member.1.ContextKeyName", List.of("aws:SecureTransport"))
                .doesNotContainKey("CallerArn").doesNotContainKey("ResourcePolicy"));
        assertThat(simulations).anySatisfy(f -> assertThat(f)
                .containsEntry("ResourceArns.member.1", List.of(BUCKET_ARN + "/reports/2026/q3.csv")));
        assertThat(simulations).anySatisfy(f -> assertThat(f).containsEntry("ResourceArns.member.1", List.of(ROLE_ARN)));
        assertThat(aws.fake().requests(FakeAws.NO_NEW_ACCESS)).as("equal as JSON: nothing to ask").isEmpty();
    }

    @Test
    void a_deployed_document_that_differs_in_form_only_is_checked_by_check_no_new_access_and_passes() throws IOException {
        String lists = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],"
                + "\"Resource\":[\"" + BUCKET_ARN + "/*\"]},{\"Effect\":\"Allow\",\"Action\":[\"s3:ListBucket\"],"
                + "\"Resource\":[\"" + BUCKET_ARN + "\"]}]}";
        account.putPolicy(new FakeAccount.ManagedPolicy(POLICY_ARN, "v2", lists));

        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        List<JsonNode> asked = aws.fake().bodies(FakeAws.NO_NEW_ACCESS);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).get("newPolicyDocument").asText()).isEqualTo(lists);
        assertThat(asked.get(0).get("existingPolicyDocument").asText()).isEqualTo(PolicyDocuments.readOnly(BUCKET_ARN));
        assertThat(asked.get(0).get("policyType").asText()).isEqualTo("IDENTITY_POLICY");
        assertThat(aws.fake().iamForms("GetPolicyVersion")).allSatisfy(f -> assertThat(f).containsEntry("VersionId", List.of("v2")));
    }

    @Test
    void a_policy_attached_by_hand_is_drift_and_iam_allows_what_it_grants() throws IOException {
        String extra = "arn:aws:iam::" + ACCOUNT + ":policy/hotfix-write";
        account.putPolicy(new FakeAccount.ManagedPolicy(extra, "v1", "{\"Version\":\"2012-10-17\",\"Statement\":"
                + "{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"" + BUCKET_ARN + "/*\"}}"));
        account.putRole(new FakeAccount.Role(ROLE, ROLE_ARN, TRUST_AS_IAM_HOLDS_IT, List.of(POLICY_ARN, extra), Map.of()));
        aws.fake().computeAnswers(account, 1);

        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("  FAIL  The deployed role is the reviewed role › The deployed permissions are the"
                + " reviewed ones").contains(ROLE_ARN + ", deployed policy " + extra + " (v1): differs from the reviewed"
                + " document and grants new access (CheckNoNewAccess FAIL: The modified permissions grant new access")
                .contains("  FAIL  The deployed role is the reviewed role › IAM decides for the deployed role: it may not"
                        + " s3:PutObject on an object in the bucket")
                .contains("s3:PutObject on " + BUCKET_ARN + "/reports/2026/q3.csv is allowed, not denied");
        assertThat(aws.fake().iamForms("ListAttachedRolePolicies")).as("one policy per page: every page is read")
                .anySatisfy(f -> assertThat(f).containsEntry("Marker", List.of("page-1")));
    }

    @Test
    void a_loosened_trust_policy_is_drift_and_access_analyzer_flags_it() throws IOException {
        String loose = TRUST_AS_IAM_HOLDS_IT.replace("\"accounts.google.com:sub\": \"" + SA + "\", ", "");
        account.putRole(new FakeAccount.Role(ROLE, ROLE_ARN, loose, List.of(POLICY_ARN), Map.of()));

        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("  FAIL  The deployed role is the reviewed role › The deployed trust policy is the"
                + " reviewed one").contains("CheckNoNewAccess FAIL")
                .contains("  FAIL  The deployed role is the reviewed role › Access Analyzer finds nothing to fix in the"
                        + " deployed documents").contains("SECURITY_WARNING GOOGLE_TRUST_MISSING_SUB");
        assertThat(aws.fake().bodies(FakeAws.NO_NEW_ACCESS)).anySatisfy(b ->
                assertThat(b.get("policyType").asText()).isEqualTo("RESOURCE_POLICY"));
    }

    @Test
    void a_role_iam_does_not_hold_is_a_tool_error_that_asks_where_the_stack_is() throws IOException {
        aws.fake().reset();
        aws.fake().computeAnswers(FakeAccount.empty(), 100);

        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err().strip()).startsWith("keyless: IAM GetRole: IAM has no such entity (NoSuchEntity: The role with"
                + " name " + ROLE + " cannot be found.); is the stack deployed, in the account these credentials belong to?");
        assertThat(run.out()).contains("→ TOOL ERROR (exit 1)");
    }

    @Test
    void outputs_without_a_role_arn_are_a_tool_error() throws IOException {
        Path outputs = Files.writeString(tmp.resolve("outputs.json"), "{\"bucketName\": \"" + BUCKET + "\"}");
        CliRun run = CliRun.of("verify-deployed", "--stack-outputs", outputs.toString(), "--features", "features");
        assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err().strip()).isEqualTo("keyless: --stack-outputs: " + outputs + " has no roleArn output (was the"
                + " stack deployed from this program? pulumi stack output --json prints every output)");
        assertThat(aws.fake().requestCount()).isZero();
    }
}
