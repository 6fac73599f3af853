package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.AllChecks.BUCKET;
import static dev.keyless.policy.lint.checks.AllChecks.OBJECTS;
import static dev.keyless.policy.lint.checks.AllChecks.allow;
import static dev.keyless.policy.lint.checks.AllChecks.identity;
import static dev.keyless.policy.lint.checks.AllChecks.policy;
import static dev.keyless.policy.lint.checks.AllChecks.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a statement's actions act on its resources (keyless's RESOURCE_MATCHES_NO_ACTION and
 * ACTION_MATCHES_NO_RESOURCE), by the resource types of the Service Authorization Reference:
 * s3:GetObject acts on objects, s3:ListBucket on buckets, s3:ListAllMyBuckets only on "*".
 */
class ResourceMismatchCheckTest {

    @Test
    void get_object_on_a_bucket_arn_matches_no_resource_type() {
        String doc = policy(allow(q("s3:GetObject"), q(BUCKET)));
        assertThat(identity(doc)).containsExactly("ACTION_MATCHES_NO_RESOURCE @ Statement[0].Action",
                "RESOURCE_MATCHES_NO_ACTION @ Statement[0].Resource");
        assertThat(AllChecks.only("RESOURCE_MATCHES_NO_ACTION", ValidateRequest.identity(doc)).findingDetails())
                .startsWith("The resource arn:aws:s3:::amzn-s3-demo-bucket is of no type that an action of this statement acts on (")
                .contains("s3 object (arn:${Partition}:s3:::${BucketName}/${ObjectName})");
    }

    @Test
    void list_bucket_with_only_object_arns_is_granted_on_nothing() {
        String doc = policy(allow("[\"s3:ListBucket\", \"s3:GetObject\"]", q(OBJECTS)));
        assertThat(identity(doc)).containsExactly("ACTION_MATCHES_NO_RESOURCE @ Statement[0].Action[0]");
        assertThat(AllChecks.only("ACTION_MATCHES_NO_RESOURCE", ValidateRequest.identity(doc)).findingDetails())
                .startsWith("None of this statement's resources is one that the action s3:ListBucket acts on (")
                .contains("s3 bucket (arn:${Partition}:s3:::${BucketName})");
    }

    @Test
    void the_keyless_read_policy_and_the_blog_policy_fit_their_resources() {
        assertThat(identity(policy(allow("[\"s3:GetObject\", \"s3:ListBucket\"]", "[" + q(BUCKET) + ", " + q(OBJECTS) + "]")))).isEmpty();
    }

    @Test
    void an_action_without_resource_level_permissions_needs_star() {
        assertThat(identity(policy(allow(q("s3:ListAllMyBuckets"), q("arn:aws:s3:::*")))))
                .containsExactly("ACTION_MATCHES_NO_RESOURCE @ Statement[0].Action");
        assertThat(identity(policy(allow(q("s3:ListAllMyBuckets"), q("*"))))).isEmpty();
    }

    @Test
    void a_wildcard_action_fits_when_any_action_it_names_fits() {
        assertThat(identity(policy(allow(q("s3:Get*"), q(BUCKET))))).isEmpty();
        assertThat(identity(policy(allow(q("s3:*Object"), q(BUCKET)))))
                .containsExactly("ACTION_MATCHES_NO_RESOURCE @ Statement[0].Action", "RESOURCE_MATCHES_NO_ACTION @ Statement[0].Resource");
    }

    @Test
    void a_resource_of_another_service_matches_no_action() {
        assertThat(identity(policy(allow(q("s3:GetObject"), "[" + q(OBJECTS) + ", \"arn:aws:dynamodb:us-east-1:111122223333:table/Books\"]"))))
                .containsExactly("RESOURCE_MATCHES_NO_ACTION @ Statement[0].Resource[1]");
    }

    @Test
    void statements_with_star_not_elements_or_unknown_actions_are_not_judged() {
        assertThat(identity(policy(allow(q("*"), q(BUCKET))))).isEmpty();
        assertThat(identity(policy(allow(q("s3:GetObject"), q("*"))))).isEmpty();
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"NotAction\": \"s3:GetObject\", \"Resource\": \"" + BUCKET + "\"}"))).isEmpty();
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"Action\": \"s3:GetObject\", \"NotResource\": \"" + BUCKET + "\"}"))).isEmpty();
        assertThat(identity(policy(allow(q("s3:HeadBucket"), q(OBJECTS))))).containsExactly("INVALID_ACTION @ Statement[0].Action");
    }

    @Test
    void an_arn_the_arn_checks_reject_is_not_reported_again_as_a_mismatch() {
        assertThat(identity(policy(allow(q("iam:GetRole"), q("arn:aws:iam:us-east-1:111122223333:role/app")))))
                .containsExactly("ARN_REGION_NOT_ALLOWED @ Statement[0].Resource");
        assertThat(identity(policy(allow(q("iam:GetRole"), q("arn:aws:iam::111122223333:rolez/app")))))
                .containsExactly("INVALID_ARN_RESOURCE @ Statement[0].Resource");
    }
}
