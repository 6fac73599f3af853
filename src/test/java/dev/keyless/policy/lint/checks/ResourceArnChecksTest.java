package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.AllChecks.allow;
import static dev.keyless.policy.lint.checks.AllChecks.identity;
import static dev.keyless.policy.lint.checks.AllChecks.policy;
import static dev.keyless.policy.lint.checks.AllChecks.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resource ARNs: shape (IAM User Guide, "IAM identifiers: ARNs" and "Resource element") and fields
 * against the resource types' ARN formats in the Service Authorization Reference.
 */
class ResourceArnChecksTest {

    private static String on(String action, String resource) {
        return policy(allow(q(action), q(resource)));
    }

    private static String details(String code, String document) {
        return AllChecks.only(code, ValidateRequest.identity(document)).findingDetails();
    }

    @Test
    void a_resource_must_be_star_or_an_arn() {
        assertThat(identity(on("s3:GetObject", "amzn-s3-demo-bucket/*"))).containsExactly("INVALID_ARN_PREFIX @ Statement[0].Resource");
        assertThat(identity(on("s3:GetObject", "ARN:aws:s3:::amzn-s3-demo-bucket/*"))).containsExactly("INVALID_ARN_PREFIX @ Statement[0].Resource");
    }

    @Test
    void an_arn_needs_six_fields_unless_its_last_field_ends_in_a_star() {
        assertThat(identity(on("s3:GetObject", "arn:aws:s3:amzn-s3-demo-bucket/key"))).containsExactly("MISSING_ARN_FIELD @ Statement[0].Resource");
        assertThat(details("MISSING_ARN_FIELD", on("s3:GetObject", "arn:aws:s3:bucket")))
                .isEqualTo("Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource");
        assertThat(identity(on("s3:ListBucket", "arn:aws:s3:*"))).isEmpty();
    }

    @Test
    void the_partition_must_be_one_of_aws_partitions() {
        assertThat(identity(on("s3:GetObject", "arn:aws-moon:s3:::amzn-s3-demo-bucket/*"))).containsExactly("INVALID_PARTITION @ Statement[0].Resource");
        assertThat(identity(on("s3:GetObject", "arn:aws-cn:s3:::amzn-s3-demo-bucket/*"))).isEmpty();
        assertThat(identity(on("s3:GetObject", "arn:*:s3:::amzn-s3-demo-bucket/*"))).isEmpty();
    }

    @Test
    void a_wildcard_in_the_arn_service_is_discouraged() {
        assertThat(identity(on("codecommit:GitPull", "arn:aws:*code*::111122223333:*"))).containsExactly("WILDCARD_IN_SERVICE_NAME @ Statement[0].Resource");
    }

    @Test
    void the_arn_service_must_be_written_in_lower_case() {
        assertThat(identity(on("s3:GetObject", "arn:aws:S3:::amzn-s3-demo-bucket/*"))).containsExactly("INVALID_ARN_SERVICE_CASE @ Statement[0].Resource");
        assertThat(details("INVALID_ARN_SERVICE_CASE", on("s3:GetObject", "arn:aws:S3:::amzn-s3-demo-bucket/*")))
                .isEqualTo("Update the service name S3 in the resource ARN to use all lowercase letters.");
    }

    @Test
    void iam_arns_take_no_region_and_s3_bucket_arns_no_account() {
        assertThat(identity(on("iam:GetRole", "arn:aws:iam:us-east-1:111122223333:role/app"))).containsExactly("ARN_REGION_NOT_ALLOWED @ Statement[0].Resource");
        assertThat(identity(on("s3:GetObject", "arn:aws:s3::111122223333:amzn-s3-demo-bucket/*"))).containsExactly("ARN_ACCOUNT_NOT_ALLOWED @ Statement[0].Resource");
        assertThat(details("ARN_REGION_NOT_ALLOWED", on("iam:GetRole", "arn:aws:iam:us-east-1:111122223333:role/app")))
                .isEqualTo("The service iam does not support specifying a Region in the resource ARN.");
    }

    @Test
    void an_s3_access_point_takes_a_region_although_a_bucket_does_not() {
        assertThat(identity(on("s3:GetObject", "arn:aws:s3:us-east-1:111122223333:accesspoint/reports/object/*"))).isEmpty();
    }

    @Test
    void regional_resources_need_a_region_and_accounts_are_twelve_digits() {
        assertThat(identity(on("sqs:SendMessage", "arn:aws:sqs::111122223333:orders"))).containsExactly("MISSING_ARN_REGION @ Statement[0].Resource");
        assertThat(identity(on("sqs:SendMessage", "arn:aws:sqs:us-east-1:1111:orders"))).containsExactly("INVALID_ARN_ACCOUNT @ Statement[0].Resource");
        assertThat(details("INVALID_ARN_ACCOUNT", on("sqs:SendMessage", "arn:aws:sqs:us-east-1:1111:orders")))
                .isEqualTo("The resource ARN account ID 1111 is not valid. Provide a 12-digit account ID.");
        assertThat(identity(on("sqs:SendMessage", "arn:aws:sqs:*:*:orders"))).isEmpty();
    }

    @Test
    void aws_managed_policies_have_the_account_aws() {
        assertThat(identity(on("iam:GetPolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess"))).isEmpty();
    }

    @Test
    void a_resource_part_that_fits_no_format_of_the_service_is_invalid() {
        assertThat(identity(on("iam:GetRole", "arn:aws:iam::111122223333:rolez/app"))).containsExactly("INVALID_ARN_RESOURCE @ Statement[0].Resource");
    }

    @Test
    void policy_variables_and_wildcards_stand_for_any_value() {
        assertThat(identity(on("iam:GetUser", "arn:aws:iam::*:user/${aws:username}"))).isEmpty();
        assertThat(identity(on("s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:userid}/*"))).isEmpty();
        assertThat(identity(on("logs:PutLogEvents", "arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/app:log-stream:*"))).isEmpty();
    }

    @Test
    void not_resource_arns_are_checked_too() {
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"NotResource\": \"arn:aws:s3::111122223333:keep/*\"}")))
                .containsExactly("ARN_ACCOUNT_NOT_ALLOWED @ Statement[0].NotResource");
    }
}
