package dev.keyless.compliance;

import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.stack.StackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.keyless.compliance.TestStacks.BUCKET;
import static dev.keyless.compliance.TestStacks.BUCKET_ARN;
import static dev.keyless.compliance.TestStacks.ROLE_ARN;
import static dev.keyless.compliance.TestStacks.resource;
import static org.assertj.core.api.Assertions.assertThat;

class BucketReachReviewTest {

    private static final Set<String> WRITES = Set.copyOf(ActionSelection.select(IamCatalog.builtIn(), "s3",
            "Write, Permissions management, Tagging", "bucket, object"));

    private static BucketReachReview review(StackResource... extra) {
        return new BucketReachReview(new StackIndex(TestStacks.with(List.of(extra))), IamCatalog.builtIn());
    }

    /** The stack's one bucket policy with this statement added after its TLS-only Deny. */
    private static BucketReachReview reviewWithBucketStatement(String statement) {
        String policy = TestStacks.TLS_ONLY.replace("}}}]}", "}}}," + statement + "]}");
        return new BucketReachReview(new StackIndex(TestStacks.changing("data-bucket-tls-only",
                in -> TestStacks.put(in, "policy", policy))), IamCatalog.builtIn());
    }

    private static String grant(String principal, String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    @Test
    void the_compliant_stack_grants_the_bucket_to_the_workload_role_alone() {
        assertThat(review().onlyTheWorkloadRoleReachesTheBucket()).isEmpty();
        assertThat(review().workloadRoleIsGrantedNoneOf(WRITES)).isEmpty();
    }

    @Test
    void a_bucket_policy_grant_to_another_account_is_rejected_naming_the_policy_and_statement() {
        assertThat(reviewWithBucketStatement((grant("{\"AWS\":\"arn:aws:iam::999999999999:root\"}", "s3:GetObject", BUCKET_ARN + "/*")))
                .onlyTheWorkloadRoleReachesTheBucket()).singleElement().satisfies(v -> {
                    assertThat(v.resource()).isEqualTo("bucket data-bucket");
                    assertThat(v.message()).contains("bucket policy data-bucket-tls-only, statement 1 grants s3:GetObject to another account");
                });
    }

    @Test
    void a_grant_to_this_accounts_root_only_delegates_to_identity_policies_and_passes() {
        assertThat(reviewWithBucketStatement((grant("{\"AWS\":\"123456789012\"}", "s3:GetObject", BUCKET_ARN + "/*")))
                .onlyTheWorkloadRoleReachesTheBucket()).isEmpty();
    }

    @Test
    void everyone_narrowed_to_the_role_by_aws_principal_arn_is_the_role_and_narrowed_by_an_org_is_not() {
        String pinned = grant("\"*\"", "s3:GetObject", BUCKET_ARN + "/*").replace("}", ",\"Condition\":{\"ArnEquals\":"
                + "{\"aws:PrincipalArn\":\"" + ROLE_ARN + "\"}}}");
        assertThat(reviewWithBucketStatement((pinned)).onlyTheWorkloadRoleReachesTheBucket()).isEmpty();
        String ifExists = pinned.replace("ArnEquals", "ArnEqualsIfExists");
        assertThat(reviewWithBucketStatement((ifExists)).onlyTheWorkloadRoleReachesTheBucket()).hasSize(1);
        String org = grant("\"*\"", "s3:GetObject", BUCKET_ARN + "/*").replace("}", ",\"Condition\":{\"StringEquals\":"
                + "{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}");
        assertThat(reviewWithBucketStatement((org)).onlyTheWorkloadRoleReachesTheBucket()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("everyone (Principal \"*\")"));
    }

    @Test
    void a_service_passes_only_when_a_source_condition_holds_it_to_this_account() {
        String bare = grant("{\"Service\":\"cloudfront.amazonaws.com\"}", "s3:GetObject", BUCKET_ARN + "/*");
        assertThat(reviewWithBucketStatement((bare)).onlyTheWorkloadRoleReachesTheBucket()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("without a source condition"));
        String sourced = bare.replace("}", ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}");
        assertThat(reviewWithBucketStatement((sourced)).onlyTheWorkloadRoleReachesTheBucket()).isEmpty();
        String foreign = bare.replace("}", ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"999999999999\"}}}");
        assertThat(reviewWithBucketStatement((foreign)).onlyTheWorkloadRoleReachesTheBucket()).hasSize(1);
    }

    @Test
    void two_bucket_policies_for_one_bucket_are_rejected_because_s3_keeps_one() {
        StackResource second = resource("aws-native:s3:BucketPolicy", "native-policy", Map.of("bucket", BUCKET,
                "policyDocument", Map.of("Version", "2012-10-17", "Statement", List.of())), Map.of());
        assertThat(review(second).onlyTheWorkloadRoleReachesTheBucket()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("has 2 bucket policies").contains("merge them into one"));
    }

    @Test
    void a_statement_about_another_bucket_is_not_a_grant_on_this_one() {
        assertThat(reviewWithBucketStatement((grant("\"*\"", "s3:GetObject", "arn:aws:s3:::someone-else/*")))
                .onlyTheWorkloadRoleReachesTheBucket()).isEmpty();
    }

    @Test
    void a_policy_variable_in_the_resource_may_name_the_bucket_so_it_counts() {
        StackResource user = resource("aws:iam/userPolicy:UserPolicy", "etl-read", Map.of("user", "etl", "policy",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"arn:aws:s3:::${aws:PrincipalTag/bucket}/*\"}]}"), Map.of());
        assertThat(review(user).onlyTheWorkloadRoleReachesTheBucket()).singleElement()
                .satisfies(v -> assertThat(v.resource()).isEqualTo("user etl (not defined in the stack)"));
    }

    @Test
    void not_action_grants_every_s3_action_it_does_not_name() {
        StackResource group = resource("aws:iam/groupPolicy:GroupPolicy", "ops", Map.of("group", "ops", "policy",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}]}"),
                Map.of());
        assertThat(review(group).onlyTheWorkloadRoleReachesTheBucket()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("s3:DeleteBucket").contains("more S3 actions"));
    }

    @Test
    void a_managed_policy_attached_to_a_user_by_an_arn_the_stack_does_not_define_counts_as_a_grant() {
        StackResource attachment = resource("aws:iam/userPolicyAttachment:UserPolicyAttachment", "full", Map.of("user", "etl",
                "policyArn", "arn:aws:iam::aws:policy/AmazonS3FullAccess"), Map.of());
        assertThat(review(attachment).onlyTheWorkloadRoleReachesTheBucket()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("keyless cannot read what it grants"));
    }

    @Test
    void the_role_granted_a_bucket_configuration_action_by_the_bucket_policy_is_rejected() {
        String lifecycle = grant("{\"AWS\":\"" + ROLE_ARN + "\"}", "s3:PutLifecycleConfiguration", BUCKET_ARN);
        assertThat(reviewWithBucketStatement(lifecycle).onlyTheWorkloadRoleReachesTheBucket()).isEmpty();
        assertThat(reviewWithBucketStatement(lifecycle).workloadRoleIsGrantedNoneOf(WRITES)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("grants s3:PutLifecycleConfiguration to the workload's role"));
    }

    @Test
    void an_acl_grant_to_anyone_but_the_owner_reaches_the_bucket() {
        StackResource acl = resource("aws:s3/bucketAclV2:BucketAclV2", "acl", Map.of("bucket", BUCKET, "accessControlPolicy",
                Map.of("owner", Map.of("id", "owner"), "grants", List.of(
                        Map.of("grantee", Map.of("type", "CanonicalUser", "id", "owner"), "permission", "FULL_CONTROL"),
                        Map.of("grantee", Map.of("type", "CanonicalUser", "id", "partner"), "permission", "READ")))), Map.of());
        assertThat(review(acl).onlyTheWorkloadRoleReachesTheBucket()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("grants an ACL to partner"));
    }
}
