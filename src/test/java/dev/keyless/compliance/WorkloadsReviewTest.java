package dev.keyless.compliance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.UserError;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.keyless.compliance.WorkloadStacks.SHARED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that only a stack of several workloads has: who trusts which account, and workloads apart. */
class WorkloadsReviewTest {

    private static List<Violation> apart(StackSnapshot stack) {
        return new WorkloadIsolationReview(new StackIndex(stack), new OfflineEvaluator()).noWorkloadReadsAnother();
    }

    private static String policy(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    /** A trust statement as the program writes it, for one account. */
    private static String trusts(String account) {
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"accounts.google.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\","
                + "\"Condition\":{\"StringEquals\":{\"accounts.google.com:aud\":\"" + account + "\",\"accounts.google.com:sub\":\"" + account
                + "\",\"accounts.google.com:oaud\":\"sts.amazonaws.com\"}}}";
    }

    private static String allow(String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    @Test
    void the_rendered_workloads_keep_apart_and_each_trusts_its_own_account() {
        StackIndex index = new StackIndex(WorkloadStacks.compliant());
        assertThat(index.workloads()).extracting(WorkloadUnderReview::name).containsExactly("reports", "ingest", "audit");
        assertThat(apart(WorkloadStacks.compliant())).isEmpty();
        assertThat(new WorkloadIdentityReview(index).oneRolePerServiceAccount()).isEmpty();
        assertThat(new RoleTrustReview(index).tokenSubjectIsOurServiceAccount()).isEmpty();
        assertThat(new RoleTrustReview(index).tokenAudienceIsOurs()).isEmpty();
    }

    @Test
    void a_prefix_written_without_its_slash_reaches_the_neighbouring_prefix() {
        StackSnapshot stack = WorkloadStacks.with(d -> {
            d.prefixes("ingest", "ingest");
            d.set("ingest-read-policy", "policy", policy(allow("s3:GetObject", SHARED + "/ingest*")));
            d.prefixes("audit", "ingest-archive/");
            d.set("audit-read-policy", "policy", policy(allow("s3:GetObject", SHARED + "/ingest-archive/*")));
        });
        assertThat(apart(stack)).extracting(Violation::message).singleElement().asString()
                .contains("(workload ingest) may s3:GetObject " + SHARED + "/ingest-archive/keyless-isolation-probe.csv")
                .contains("that workload audit reads");
    }

    @Test
    void not_action_reaches_every_other_workload_and_is_asked_for_each() {
        StackSnapshot stack = WorkloadStacks.with(d -> d.set("reports-read-policy", "policy",
                policy("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}")));
        assertThat(apart(stack)).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("(workload reports) may s3:GetObject " + SHARED + "/ingest/"))
                .anySatisfy(m -> assertThat(m).contains("(workload reports) may s3:ListBucket " + SHARED + " with s3:prefix \"audit/\""));
    }

    @Test
    void a_wildcard_in_the_bucket_name_reaches_every_bucket_it_matches() {
        StackSnapshot stack = WorkloadStacks.with(d -> d.set("reports-read-policy", "policy",
                policy(allow("s3:GetObject", "arn:aws:s3:::acme-*/*"))));
        assertThat(apart(stack)).extracting(Violation::message).hasSize(3)
                .allSatisfy(m -> assertThat(m).contains("(workload reports) may s3:GetObject " + SHARED));
    }

    @Test
    void a_policy_variable_aws_does_not_set_for_a_role_session_reads_nothing_of_another_workload() {
        // aws:username is set for IAM users only ("AWS global condition context keys"): the resource names no key.
        StackSnapshot stack = WorkloadStacks.with(d -> d.set("reports-read-policy", "policy",
                policy(allow("s3:GetObject", SHARED + "/${aws:username}/*"))));
        assertThat(apart(stack)).isEmpty();
    }

    @Test
    void a_listing_statement_whose_s3_prefix_is_a_bare_wildcard_lists_the_other_prefixes() {
        StackSnapshot stack = WorkloadStacks.with(d -> d.set("audit-read-policy", "policy", policy(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"" + SHARED + "\","
                        + "\"Condition\":{\"StringLike\":{\"s3:prefix\":\"*\"}}}",
                allow("s3:GetObject", SHARED + "/audit/*"))));
        assertThat(apart(stack)).extracting(Violation::message).singleElement().asString()
                .contains("(workload audit) may s3:ListBucket " + SHARED + " with s3:prefix \"ingest/\"");
    }

    @Test
    void a_bucket_policy_granting_everyone_whose_principal_arn_is_another_workload_s_role_is_found() {
        StackSnapshot stack = WorkloadStacks.with(d -> {
            String audit = d.workload("audit").path("roleArn").asText();
            String bucket = d.bucketOf("reports");
            d.set("reports-bucket-tls-only", "policy", policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\","
                    + "\"Resource\":\"" + bucket + "/*\",\"Condition\":{\"ArnEquals\":{\"aws:PrincipalArn\":\"" + audit + "\"}}}"));
        });
        assertThat(apart(stack)).extracting(Violation::message).singleElement().asString()
                .contains("(workload audit) may s3:GetObject").contains("that workload reports reads");
    }

    @Test
    void a_deny_in_the_role_s_own_policy_keeps_a_broad_grant_from_reading_the_others() {
        StackSnapshot stack = WorkloadStacks.with(d -> d.set("reports-read-policy", "policy", policy(
                allow("s3:*", "*"), "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"NotResource\":[\"" + d.bucketOf("reports")
                        + "\",\"" + d.bucketOf("reports") + "/*\"]}")));
        assertThat(apart(stack)).isEmpty();
    }

    @Test
    void a_role_trusting_two_accounts_or_an_account_trusted_by_two_roles_is_rejected() {
        StackSnapshot twice = WorkloadStacks.with(d -> d.set("audit-reader-role", "assumeRolePolicy", policy(
                trusts(d.workload("audit").path("serviceAccountUniqueId").asText()),
                trusts(d.workload("ingest").path("serviceAccountUniqueId").asText()))));
        assertThat(new WorkloadIdentityReview(new StackIndex(twice)).oneRolePerServiceAccount()).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).startsWith("trusts 2 service accounts"))
                .anySatisfy(m -> assertThat(m).contains("which role ingest-reader-role trusts too"));
    }

    @Test
    void a_role_pinning_another_workload_s_account_is_not_its_workload_s() {
        StackSnapshot stack = WorkloadStacks.with(d -> {
            String audit = d.workload("audit").path("serviceAccountUniqueId").asText();
            String reports = d.workload("reports").path("serviceAccountUniqueId").asText();
            d.set("reports-reader-role", "assumeRolePolicy",
                    d.resource("reports-reader-role").path("inputs").path("assumeRolePolicy").asText().replace(reports, audit));
        });
        assertThat(new RoleTrustReview(new StackIndex(stack)).tokenSubjectIsOurServiceAccount()).extracting(Violation::message)
                .allSatisfy(m -> assertThat(m).contains("which is not the unique id of the service account of workload reports"));
    }

    private static StackSnapshot organization(String condition) {
        return WorkloadStacks.with(d -> {
            d.outputs().put("googleOrganizationNumber", "123456789012");
            for (String w : List.of("reports", "ingest", "audit")) {
                String trust = d.resource(w + "-reader-role").path("inputs").path("assumeRolePolicy").asText();
                d.set(w + "-reader-role", "assumeRolePolicy", trust.replace("\"Condition\":{", "\"Condition\":{" + condition + ","));
            }
        });
    }

    @Test
    void the_organization_pin_compares_as_numbers_and_only_with_plain_numeric_equals() {
        String key = "\"accounts.google.com:google/organization_number\"";
        assertThat(new WorkloadIdentityReview(new StackIndex(organization("\"NumericEquals\":{" + key + ":\"0123456789012\"}")))
                .organizationIsPinned()).isEmpty();
        assertThat(new WorkloadIdentityReview(new StackIndex(organization("\"NumericEquals\":{" + key + ":123456789012}")))
                .organizationIsPinned()).isEmpty();
        StackIndex ifExists = new StackIndex(organization("\"NumericEqualsIfExists\":{" + key + ":\"123456789012\"}"));
        assertThat(new WorkloadIdentityReview(ifExists).organizationIsPinned()).hasSize(3);
        assertThat(new RoleTrustReview(ifExists).googleKeysAreNotLoosened()).extracting(Violation::message)
                .allSatisfy(m -> assertThat(m).contains("use NumericEquals without IfExists"));
        assertThat(new WorkloadIdentityReview(new StackIndex(organization("\"StringEquals\":{" + key + ":\"123456789012\"}")))
                .organizationIsPinned()).hasSize(3);
        assertThat(new WorkloadIdentityReview(new StackIndex(organization("\"NumericEquals\":{" + key + ":[\"123456789012\",\"1\"]}")))
                .organizationIsPinned()).extracting(Violation::message).allSatisfy(m -> assertThat(m).contains("exactly the configured"));
        assertThat(new WorkloadIdentityReview(new StackIndex(organization("\"NumericLessThan\":{" + key + ":\"999999999999999\"}")))
                .organizationIsPinned()).hasSize(3);
    }

    @Test
    void without_a_configured_organization_there_is_nothing_to_pin() {
        assertThat(new WorkloadIdentityReview(new StackIndex(WorkloadStacks.compliant())).organizationIsPinned()).isEmpty();
    }

    @Test
    void outputs_keyless_cannot_read_stop_the_run_rather_than_guess() {
        assertThatThrownBy(() -> new StackIndex(WorkloadStacks.with(d -> d.outputs().put("roleArn", "arn:aws:iam::123456789012:role/x"))))
                .isInstanceOf(UserError.class).hasMessageContaining("both a workloads list and the single workload's roleArn");
        assertThatThrownBy(() -> new StackIndex(WorkloadStacks.with(d -> d.workload("audit").remove("roleArn"))))
                .isInstanceOf(UserError.class).hasMessageContaining("entry 2, has no roleArn");
        assertThatThrownBy(() -> new StackIndex(WorkloadStacks.with(d -> ((ObjectNode) d.workload("audit")).putArray("prefixes").add(3))))
                .isInstanceOf(UserError.class).hasMessageContaining("prefixes holds something that is not a text");
        assertThatThrownBy(() -> new StackIndex(WorkloadStacks.with(d -> d.outputs().putArray("workloads"))))
                .isInstanceOf(UserError.class).hasMessageContaining("a list of 1 to");
    }

    @Test
    void a_workload_whose_role_arn_names_no_role_of_the_stack_has_no_role() {
        StackIndex index = new StackIndex(WorkloadStacks.with(d -> d.workload("audit").put("roleArn", "arn:aws:iam::123456789012:role/decoy")));
        assertThat(index.workloads().get(2).roles()).isEmpty();
        assertThat(index.workloadRoles()).extracting(RoleUnderReview::roleName).doesNotContain("decoy");
    }
}
