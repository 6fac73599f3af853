package dev.keyless.rulebook;

import dev.keyless.compliance.TestStacks;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.lint.ValidationResult;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Access Analyzer finds nothing to fix" feature, run through the rule book on in-memory stacks. */
class AccessAnalyzerRuleBookTest {

    private static final RuleBook.Options OFFLINE = RuleBook.Options.offline(Path.of("features"));
    private static final String FEATURE = "Access Analyzer finds nothing to fix: ";
    private static final String TRUST = FEATURE + "Access Analyzer finds no ERROR or SECURITY_WARNING in the role's trust policy";
    private static final String ATTACHED = FEATURE
            + "Access Analyzer finds no ERROR or SECURITY_WARNING in every policy attached to the role";
    private static final String BUCKET = FEATURE + "Access Analyzer finds no ERROR or SECURITY_WARNING in the bucket policy";

    @AfterEach
    void backToOffline() {
        Backends.reset();
    }

    @Test
    void a_compliant_stack_without_a_bucket_policy_passes_all_three_scenarios() {
        RuleBookResult result = RuleBook.run(TestStacks.compliant(), OFFLINE);
        assertThat(result.scenarios()).filteredOn(s -> s.qualifiedName().startsWith(FEATURE))
                .extracting(ScenarioResult::qualifiedName, ScenarioResult::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(TRUST, ScenarioResult.Status.PASSED),
                        org.assertj.core.groups.Tuple.tuple(ATTACHED, ScenarioResult.Status.PASSED),
                        org.assertj.core.groups.Tuple.tuple(BUCKET, ScenarioResult.Status.PASSED));
    }

    @Test
    void a_trust_policy_without_sub_fails_the_trust_scenario_for_the_missing_sub() {
        String withoutSub = TestStacks.TRUST.replace(",\"accounts.google.com:sub\":\"" + TestStacks.SA_ID + "\"", "");
        assertThat(withoutSub).doesNotContain("accounts.google.com:sub");

        RuleBookResult result = RuleBook.run(TestStacks.withTrust(withoutSub), OFFLINE);

        // The trust feature's own pinning rule fails too; nothing else in the rule book does.
        assertThat(result.failed()).extracting(ScenarioResult::qualifiedName).containsExactlyInAnyOrder(
                TRUST, "Who can assume the role: The token must come from our service account");
        ScenarioResult trust = result.failed().stream().filter(s -> s.qualifiedName().equals(TRUST)).findFirst().orElseThrow();
        assertThat(trust.reason()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("1 violation: role workload-role trust policy: SECURITY_WARNING GOOGLE_TRUST_MISSING_SUB"
                        + " at Statement[0].Principal.Federated: ")
                .contains("azp"));
    }

    @Test
    void a_permission_policy_the_stack_does_not_hold_fails_the_attached_policy_scenario() {
        var aws = TestStacks.resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "admin-attachment",
                Map.of("role", "workload-role-0001", "policyArn", "arn:aws:iam::aws:policy/AdministratorAccess"), Map.of());
        RuleBookResult result = RuleBook.run(TestStacks.with(List.of(aws)), OFFLINE);
        assertThat(result.failed()).extracting(ScenarioResult::qualifiedName).contains(ATTACHED);
        assertThat(result.failed().stream().filter(s -> s.qualifiedName().equals(ATTACHED)).findFirst().orElseThrow()
                .reason()).hasValueSatisfying(r -> assertThat(r).contains("AdministratorAccess")
                .contains("has no policy text in the stack, so it cannot be validated"));
    }

    @Test
    void a_bucket_policy_open_to_everyone_fails_the_bucket_scenario() {
        String open = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"" + TestStacks.BUCKET_ARN + "/*\"}]}";
        var policy = TestStacks.resource("aws:s3/bucketPolicy:BucketPolicy", "data-bucket-policy",
                Map.of("bucket", TestStacks.BUCKET, "policy", open), Map.of());
        RuleBookResult result = RuleBook.run(TestStacks.with(List.of(policy)), OFFLINE);
        ScenarioResult bucket = result.failed().stream().filter(s -> s.qualifiedName().equals(BUCKET)).findFirst().orElseThrow();
        assertThat(bucket.reason()).hasValueSatisfying(r -> assertThat(r)
                .contains("bucket policy data-bucket-policy: SECURITY_WARNING ALLOW_WITH_WILDCARD_PRINCIPAL at Statement[0].Principal"));
    }

    @Test
    void the_steps_ask_whichever_validator_the_runner_chose() {
        Location root = new Location(JsonPath.ROOT, Span.at(Position.START));
        Backends.use(Backends.offline().withValidator(request -> new ValidationResult(request.isRoleTrustPolicy()
                ? List.of(new Finding(FindingType.ERROR, "LIVE_SAYS_NO", "from the chosen backend", "", List.of(root)))
                : List.of())));
        RuleBookResult result = RuleBook.run(TestStacks.compliant(), OFFLINE);
        assertThat(result.failed()).extracting(ScenarioResult::qualifiedName).containsExactly(TRUST);
        assertThat(result.failed().get(0).reason()).hasValueSatisfying(r -> assertThat(r).contains("ERROR LIVE_SAYS_NO at $"));
    }
}
