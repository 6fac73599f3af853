package dev.keyless.compliance;

import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.keyless.compliance.TestStacks.BUCKET_ARN;
import static org.assertj.core.api.Assertions.assertThat;

class RolePermissionReviewTest {

    private static RolePermissionReview review(StackSnapshot s) {
        return new RolePermissionReview(new StackIndex(s));
    }

    private static String policy(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    @Test
    void the_compliant_read_policy_passes_every_permission_rule() {
        RolePermissionReview r = review(TestStacks.compliant());
        assertThat(r.everyPolicyIsKnown()).isEmpty();
        assertThat(r.onlyReadsTheBucket()).isEmpty();
        assertThat(r.noWildcardGrants()).isEmpty();
        assertThat(r.noInvertedGrants()).isEmpty();
        assertThat(r.readAccessIsGranted()).isEmpty();
    }

    @Test
    void put_object_is_more_than_reading() {
        RolePermissionReview r = review(TestStacks.withReadPolicy(policy(
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"" + BUCKET_ARN + "/*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"" + BUCKET_ARN + "\"}")));
        assertThat(r.onlyReadsTheBucket()).extracting(Violation::message).singleElement().asString()
                .contains("allows \"s3:PutObject\"");
        assertThat(r.noWildcardGrants()).isEmpty();
    }

    @Test
    void s3_star_is_a_wildcard_grant_and_more_than_reading() {
        RolePermissionReview r = review(TestStacks.withReadPolicy(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":[\"" + BUCKET_ARN + "\",\"" + BUCKET_ARN + "/*\"]}")));
        assertThat(r.noWildcardGrants()).extracting(Violation::message).singleElement().asString()
                .contains("wildcard action \"s3:*\"");
        assertThat(r.onlyReadsTheBucket()).hasSize(1);
        assertThat(r.readAccessIsGranted()).isEmpty();
    }

    @Test
    void get_object_on_every_bucket_is_a_wildcard_resource() {
        RolePermissionReview r = review(TestStacks.withReadPolicy(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::*/*\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"" + BUCKET_ARN + "\"}")));
        assertThat(r.noWildcardGrants()).extracting(Violation::message).singleElement().asString()
                .contains("wildcard resource \"arn:aws:s3:::*/*\"");
    }

    @Test
    void a_bucket_name_prefix_wildcard_escapes_the_bucket() {
        RolePermissionReview r = review(TestStacks.withReadPolicy(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"" + BUCKET_ARN + "*\"}")));
        assertThat(r.noWildcardGrants()).hasSize(1);
        assertThat(r.onlyReadsTheBucket()).hasSize(1);
    }

    @Test
    void allow_with_NotAction_is_an_inverted_grant() {
        RolePermissionReview r = review(TestStacks.withReadPolicy(policy(
                "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"" + BUCKET_ARN + "/*\"}")));
        assertThat(r.noInvertedGrants()).extracting(Violation::message).singleElement().asString()
                .contains("NotAction");
    }

    @Test
    void an_aws_managed_policy_attached_by_arn_cannot_be_reviewed() {
        StackSnapshot s = TestStacks.with(List.of(TestStacks.resource(
                "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "extra",
                Map.of("role", "workload-role-0001", "policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"), Map.of())));
        assertThat(review(s).everyPolicyIsKnown()).extracting(Violation::message).singleElement().asString()
                .contains("arn:aws:iam::aws:policy/ReadOnlyAccess (not defined in the stack)");
    }

    @Test
    void an_inline_role_policy_counts_like_an_attached_one() {
        StackSnapshot s = TestStacks.with(List.of(TestStacks.resource("aws:iam/rolePolicy:RolePolicy", "inline",
                Map.of("role", "workload-role-0001", "policy",
                        policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}")), Map.of())));
        assertThat(review(s).noWildcardGrants()).hasSize(2);
        assertThat(review(s).onlyReadsTheBucket()).hasSize(1);
    }

    @Test
    void a_role_without_get_object_cannot_do_its_job() {
        RolePermissionReview r = review(TestStacks.withReadPolicy(policy(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"" + BUCKET_ARN + "\"}")));
        assertThat(r.readAccessIsGranted()).extracting(Violation::message)
                .containsExactly("is not allowed s3:GetObject on " + BUCKET_ARN + "/*");
    }
}
