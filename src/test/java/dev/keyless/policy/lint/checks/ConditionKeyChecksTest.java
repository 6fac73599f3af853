package dev.keyless.policy.lint.checks;

import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.Lint.identity;
import static dev.keyless.policy.lint.checks.Lint.trust;
import static dev.keyless.policy.lint.checks.Lint.withCondition;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionKeyChecksTest {

    private final ConditionKeyCheck keys = new ConditionKeyCheck();

    @Test
    void a_misspelt_global_key_is_an_invalid_global_condition_key() {
        assertThat(identity(keys, withCondition("{\"IpAddress\":{\"aws:SourceIpp\":\"203.0.113.0/24\"}}")))
                .containsExactly("INVALID_GLOBAL_CONDITION_KEY @ Statement[0].Condition.IpAddress.key(aws:SourceIpp)");
    }

    @Test
    void a_key_its_service_does_not_define_is_an_invalid_service_condition_key() {
        assertThat(identity(keys, withCondition("{\"StringLike\":{\"s3:prefixx\":\"home/\"}}")))
                .containsExactly("INVALID_SERVICE_CONDITION_KEY @ Statement[0].Condition.StringLike.key(s3:prefixx)");
    }

    @Test
    void a_key_of_a_service_that_does_not_exist_is_an_invalid_service() {
        assertThat(identity(keys, withCondition("{\"StringLike\":{\"s4:prefix\":\"home/\"}}")))
                .containsExactly("INVALID_SERVICE @ Statement[0].Condition.StringLike.key(s4:prefix)");
    }

    @Test
    void a_key_without_a_service_prefix_has_an_invalid_format() {
        assertThat(identity(keys, withCondition("{\"IpAddress\":{\"SourceIp\":\"203.0.113.0/24\"}}")))
                .containsExactly("INVALID_CONDITION_KEY_FORMAT @ Statement[0].Condition.IpAddress.key(SourceIp)");
    }

    @Test
    void a_tag_key_without_its_tag_is_missing_the_tag_key() {
        assertThat(identity(keys, withCondition("{\"StringEquals\":{\"aws:ResourceTag/\":\"x\"}}")))
                .containsExactly("MISSING_TAG_KEY_IN_CONDITION @ Statement[0].Condition.StringEquals.key(aws:ResourceTag/)");
    }

    @Test
    void aws_ARN_is_an_unsupported_global_condition_key() {
        assertThat(identity(keys, withCondition("{\"ArnEquals\":{\"aws:ARN\":\"arn:aws:iam::123456789012:root\"}}")))
                .containsExactly("UNSUPPORTED_GLOBAL_CONDITION_KEY @ Statement[0].Condition.ArnEquals.key(aws:ARN)");
    }

    @Test
    void key_names_are_case_insensitive_and_tag_keys_take_any_tag() {
        assertThat(identity(keys, withCondition("{\"IpAddress\":{\"AWS:SOURCEIP\":\"203.0.113.0/24\"},"
                + "\"StringEquals\":{\"aws:PrincipalTag/team\":\"data\",\"S3:Prefix\":\"home/\"}}"))).isEmpty();
    }

    @Test
    void google_github_and_custom_oidc_provider_keys_are_never_unknown() {
        String github = "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{"
                + "\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\","
                + "\"token.actions.githubusercontent.com:sub\":\"repo:octo-org/octo-repo:ref:refs/heads/main\","
                + "\"oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub\":\"system:serviceaccount:a:b\","
                + "\"auth.example.com:groups\":\"admins\","
                + "\"accounts.google.com:aud\":\"1\",\"accounts.google.com:oaud\":\"a\",\"accounts.google.com:sub\":\"1\"}}}";
        assertThat(trust(keys, github)).isEmpty();
    }

    @Test
    void a_claim_of_a_catalogued_provider_that_aws_does_not_expose_is_unknown() {
        assertThat(trust(keys, Lint.googleTrust("{\"StringEquals\":{\"accounts.google.com:email\":\"a@example.com\"}}")))
                .containsExactly("INVALID_SERVICE_CONDITION_KEY @ Statement[0].Condition.StringEquals.key(accounts.google.com:email)");
    }
}
