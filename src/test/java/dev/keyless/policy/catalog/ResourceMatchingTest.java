package dev.keyless.policy.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which resource types of an action a policy's Resource could name. ARN examples are AWS's:
 * S3 from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 * ({@code arn:aws:s3:::amzn-s3-demo-bucket/*}), IAM paths from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html, CloudWatch Logs from
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html,
 * DynamoDB from https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html.
 */
class ResourceMatchingTest {

    private static final IamCatalog CATALOG = IamCatalog.builtIn();
    private static final String BUCKET = "arn:aws:s3:::amzn-s3-demo-bucket";
    private static final String OBJECTS = "arn:aws:s3:::amzn-s3-demo-bucket/*";

    private static List<String> typesFor(String action, String resource) {
        return CATALOG.action(action).orElseThrow().resourceTypesMatching(resource).stream()
                .map(ResourceType::name).toList();
    }

    @Test
    void s3_GetObject_accepts_the_object_arn_but_not_the_bucket_arn() {
        assertThat(typesFor("s3:GetObject", OBJECTS)).containsExactly("object");
        assertThat(typesFor("s3:GetObject", BUCKET)).isEmpty();
    }

    @Test
    void s3_ListBucket_accepts_the_bucket_arn_but_not_an_object_arn() {
        assertThat(typesFor("s3:ListBucket", BUCKET)).containsExactly("bucket");
        assertThat(typesFor("s3:ListBucket", OBJECTS)).isEmpty();
        assertThat(typesFor("s3:ListBucket", "arn:aws:s3:::amzn-s3-demo-bucket/reports/2024.csv")).isEmpty();
    }

    @Test
    void a_star_at_the_end_of_a_bucket_name_can_name_buckets_and_objects() {
        assertThat(typesFor("s3:ListBucket", "arn:aws:s3:::amzn-s3-demo-*")).containsExactly("bucket");
        assertThat(typesFor("s3:GetObject", "arn:aws:s3:::amzn-s3-demo-*")).containsExactly("object");
    }

    @Test
    void star_names_every_resource_type_of_the_action() {
        Action getObject = CATALOG.action("s3:GetObject").orElseThrow();
        assertThat(getObject.resourceTypesMatching("*")).containsExactlyInAnyOrderElementsOf(getObject.resourceTypes());
    }

    @Test
    void question_mark_and_policy_variables_stand_for_unknown_text() {
        assertThat(typesFor("s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*"))
                .containsExactly("object");
        assertThat(typesFor("s3:ListBucket", "arn:aws:s3:::amzn-s3-demo-bucke?")).containsExactly("bucket");
        assertThat(typesFor("s3:ListBucket", "arn:aws:s3:::${aws:username}")).containsExactly("bucket");
    }

    @Test
    void an_escaped_star_is_a_literal_star() {
        assertThat(ArnPattern.of("arn:aws:s3:::amzn-s3-demo-bucket/${*}").text()).endsWith("${*}");
        assertThat(typesFor("s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/${*}")).containsExactly("object");
        assertThat(typesFor("s3:ListBucket", "arn:aws:s3:::amzn-s3-demo-bucket${*}")).containsExactly("bucket");
    }

    @Test
    void role_arns_with_paths_are_roles_for_PassRole_and_web_identity() {
        String withPath = "arn:aws:iam::123456789012:role/application_abc/component_xyz/RDSAccess";
        assertThat(typesFor("iam:PassRole", withPath)).containsExactly("role");
        assertThat(typesFor("sts:AssumeRoleWithWebIdentity", "arn:aws:iam::123456789012:role/keyless-reader"))
                .containsExactly("role");
        assertThat(typesFor("iam:PassRole", "arn:aws:iam::123456789012:user/Bob")).isEmpty();
    }

    @Test
    void arn_matching_is_case_sensitive() {
        // IAM: "In the Resource element, the IAM user name is case sensitive"; so are the fixed parts.
        assertThat(typesFor("s3:ListBucket", "arn:aws:S3:::amzn-s3-demo-bucket")).isEmpty();
        assertThat(typesFor("iam:PassRole", "arn:aws:iam::123456789012:ROLE/admin")).isEmpty();
    }

    @Test
    void a_log_group_arn_ending_in_colon_star_names_its_log_streams() {
        String logGroup = "arn:aws:logs:us-west-2:123456789012:log-group:/aws/lambda/my-function:*";
        assertThat(typesFor("logs:PutLogEvents", logGroup)).containsExactly("log-stream");
    }

    @Test
    void a_dynamodb_index_arn_is_not_a_table_arn() {
        String index = "arn:aws:dynamodb:us-west-2:123456789012:table/Books/index/*";
        assertThat(typesFor("dynamodb:GetItem", index)).isEmpty();
        assertThat(typesFor("dynamodb:Query", index)).containsExactly("index");
        assertThat(typesFor("dynamodb:GetItem", "arn:aws:dynamodb:us-west-2:123456789012:table/Books"))
                .containsExactly("table");
    }

    @Test
    void an_arn_of_another_service_names_nothing() {
        assertThat(typesFor("s3:GetObject", "arn:aws:sqs:us-east-2:123456789012:queue1")).isEmpty();
        assertThat(typesFor("sqs:SendMessage", "arn:aws:sqs:us-east-2:123456789012:queue1")).containsExactly("queue");
    }

    @Test
    void iam_arns_take_no_region() {
        ArnServiceRules iam = CATALOG.arnService("iam").orElseThrow();
        assertThat(iam.regionAllowed()).isFalse();
        assertThat(iam.accountAllowed()).isTrue();
    }

    @Test
    void s3_bucket_arns_take_no_region_or_account_but_access_point_arns_need_both() {
        ArnServiceRules s3 = CATALOG.arnService("s3").orElseThrow();
        assertThat(s3.regionAllowed()).isTrue();
        assertThat(s3.regionRequired()).isFalse();
        List<ResourceType> bucket = s3.resourceTypesMatchingResourcePart("amzn-s3-demo-bucket");
        assertThat(bucket).extracting(ResourceType::name).contains("bucket");
        assertThat(bucket).allSatisfy(t -> {
            assertThat(t.arnFormat().region()).isEqualTo(FieldUse.EMPTY);
            assertThat(t.arnFormat().account()).isEqualTo(FieldUse.EMPTY);
        });
        ResourceType accessPoint = s3.resourceTypesMatchingResourcePart("accesspoint/finance-ap").stream()
                .filter(t -> t.name().equals("accesspoint")).findFirst().orElseThrow();
        assertThat(accessPoint.arnFormat().region()).isEqualTo(FieldUse.PRESENT);
        assertThat(accessPoint.arnFormat().account()).isEqualTo(FieldUse.PRESENT);
    }

    @Test
    void sqs_arns_need_a_region_and_an_account() {
        ArnServiceRules sqs = CATALOG.arnService("sqs").orElseThrow();
        assertThat(sqs.regionRequired()).isTrue();
        assertThat(sqs.accountRequired()).isTrue();
    }

    @Test
    void an_unknown_arn_service_has_no_rules() {
        assertThat(CATALOG.arnService("nosuchservice")).isEmpty();
        assertThat(CATALOG.arnService("S3")).isEmpty();
    }
}
