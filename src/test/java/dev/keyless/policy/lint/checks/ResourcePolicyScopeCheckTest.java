package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.keyless.policy.lint.checks.AllChecks.BUCKET;
import static dev.keyless.policy.lint.checks.AllChecks.OBJECTS;
import static dev.keyless.policy.lint.checks.AllChecks.allow;
import static dev.keyless.policy.lint.checks.AllChecks.bucket;
import static dev.keyless.policy.lint.checks.AllChecks.policy;
import static dev.keyless.policy.lint.checks.AllChecks.q;
import static dev.keyless.policy.lint.checks.AllChecks.resource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resource policy validated for its resource type governs only that service's actions and
 * resources (Access Analyzer: "AWS Key Management Service actions aren't supported in Amazon S3
 * bucket policies", "AWS KMS ARNs aren't supported in the Resource element for Amazon S3 bucket
 * policies").
 */
class ResourcePolicyScopeCheckTest {

    private static final String PRINCIPAL = "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}";
    private static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void a_bucket_policy_governs_s3_actions_only() {
        // kms:Decrypt also acts on no S3 object (ACTION_MATCHES_NO_RESOURCE): a second, independent fact.
        assertThat(bucket(policy(allow("[\"s3:GetObject\", \"kms:Decrypt\"]", q(OBJECTS), PRINCIPAL))))
                .contains("UNSUPPORTED_ACTION_IN_POLICY @ Statement[0].Action[1]")
                .doesNotContain("UNSUPPORTED_ACTION_IN_POLICY @ Statement[0].Action[0]");
        var f = AllChecks.only("UNSUPPORTED_ACTION_IN_POLICY", ValidateRequest.bucket(policy(allow(q("kms:Decrypt"), q(OBJECTS), PRINCIPAL))));
        assertThat(f.findingDetails()).isEqualTo(
                "The action kms:Decrypt is not supported for the resource-based policy attached to the resource type AWS::S3::Bucket.");
    }

    @Test
    void a_bucket_policy_names_buckets_and_objects_not_keys_access_points_or_everything() {
        assertThat(bucket(policy(allow(q("s3:GetObject"), "[" + q(OBJECTS) + ", " + q(KEY) + "]", PRINCIPAL))))
                .contains("UNSUPPORTED_RESOURCE_ARN_IN_POLICY @ Statement[0].Resource[1]");
        assertThat(bucket(policy(allow(q("s3:ListBucket"), q("*"), PRINCIPAL))))
                .containsExactly("UNSUPPORTED_RESOURCE_ARN_IN_POLICY @ Statement[0].Resource");
        assertThat(bucket(policy(allow(q("s3:GetObject"), q("arn:aws:s3:us-east-1:111122223333:accesspoint/reports/object/*"), PRINCIPAL))))
                .containsExactly("UNSUPPORTED_RESOURCE_ARN_IN_POLICY @ Statement[0].Resource");
        assertThat(bucket(policy(allow("[\"s3:GetObject\", \"s3:ListBucket\"]", "[" + q(BUCKET) + ", " + q(OBJECTS) + "]", PRINCIPAL))))
                .isEmpty();
    }

    @Test
    void a_dynamodb_table_policy_governs_dynamodb_only() {
        String doc = policy(allow("[\"dynamodb:GetItem\", \"s3:GetObject\"]", q("arn:aws:dynamodb:us-east-1:111122223333:table/Books"), PRINCIPAL));
        assertThat(AllChecks.codes(new ValidateRequest(doc, PolicyType.RESOURCE_POLICY, Optional.of("AWS::DynamoDB::Table"))))
                .contains("UNSUPPORTED_ACTION_IN_POLICY @ Statement[0].Action[1]");
    }

    @Test
    void without_a_resource_type_nothing_is_out_of_scope() {
        assertThat(resource(policy(allow("[\"s3:GetObject\", \"kms:Decrypt\"]", "[" + q(OBJECTS) + ", " + q(KEY) + "]", PRINCIPAL))))
                .isEmpty();
    }
}
