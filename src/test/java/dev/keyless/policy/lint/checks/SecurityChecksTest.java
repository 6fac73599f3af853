package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.Lint.bucket;
import static dev.keyless.policy.lint.checks.Lint.identity;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityChecksTest {

    private static final String OBJECTS = "arn:aws:s3:::amzn-s3-demo-bucket/*";

    @Test
    void PassRole_on_every_resource_is_a_security_warning() {
        assertThat(identity(new PassRoleWildcardCheck(),
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:GetRole\",\"IAM:passrole\"],\"Resource\":\"*\"}"))
                .containsExactly("PASS_ROLE_WITH_STAR_IN_RESOURCE @ Statement[0].Action[1]");
    }

    @Test
    void a_wildcard_action_and_a_wildcard_role_ARN_grant_PassRole_on_all_roles() {
        assertThat(identity(new PassRoleWildcardCheck(),
                "{\"Effect\":\"Allow\",\"Action\":\"iam:Pass*\",\"Resource\":\"arn:aws:iam::123456789012:role/*\"}"))
                .containsExactly("PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE @ Statement[0].Action");
    }

    @Test
    void NotAction_that_does_not_exclude_PassRole_on_every_resource_is_a_security_warning() {
        assertThat(identity(new PassRoleWildcardCheck(), "{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}"))
                .containsExactly("PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION @ Statement[0].NotAction");
    }

    @Test
    void PassRole_with_NotResource_is_reported_for_each_way_of_granting_it() {
        assertThat(identity(new PassRoleWildcardCheck(),
                "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"NotResource\":\"arn:aws:iam::123456789012:role/a\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotResource\":\"arn:aws:iam::123456789012:role/a\"},"
                        + "{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"NotResource\":\"arn:aws:iam::123456789012:role/a\"}"))
                .containsExactly(
                        "PASS_ROLE_WITH_NOT_RESOURCE @ Statement[0].Action",
                        "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE @ Statement[1].Action",
                        "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE @ Statement[2].NotAction");
    }

    @Test
    void PassRole_limited_to_named_roles_a_service_or_denied_is_fine() {
        assertThat(identity(new PassRoleWildcardCheck(),
                "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"arn:aws:iam::123456789012:role/app\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEquals\":{\"iam:PassedToService\":\"cloudwatch.amazonaws.com\"}}},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"arn:aws:iam::123456789012:user/*\"},"
                        + "{\"Effect\":\"Deny\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\"},"
                        + "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}"))
                .isEmpty();
    }

    @Test
    void Allow_with_NotPrincipal_is_a_security_warning() {
        assertThat(bucket(new AllowWithNotPrincipalCheck(), "{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":"
                + "\"arn:aws:iam::123456789012:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"" + OBJECTS + "\"}"))
                .containsExactly("ALLOW_WITH_NOT_PRINCIPAL @ Statement[0].NotPrincipal");
    }

    @Test
    void Allow_with_NotAction_is_a_security_warning_but_Deny_with_NotAction_is_a_guardrail() {
        assertThat(identity(new AllowWithNotActionCheck(), "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}"))
                .containsExactly("ALLOW_WITH_NOT_ACTION @ Statement[0].NotAction");
    }

    @Test
    void Allow_with_NotResource_is_a_security_warning() {
        assertThat(identity(new AllowWithNotResourceCheck(), "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"NotResource\":\"arn:aws:s3:::secret-bucket/*\"}"))
                .containsExactly("ALLOW_WITH_NOT_RESOURCE @ Statement[0].NotResource");
    }

    @Test
    void a_bucket_policy_that_allows_everyone_without_narrowing_is_a_security_warning() {
        assertThat(bucket(new WildcardPrincipalCheck(),
                "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"" + OBJECTS + "\"},"
                        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:GetObject\",\"Resource\":\""
                        + OBJECTS + "\",\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}}"))
                .containsExactly(
                        "ALLOW_WITH_WILDCARD_PRINCIPAL @ Statement[0].Principal",
                        "ALLOW_WITH_WILDCARD_PRINCIPAL @ Statement[1].Principal.AWS");
    }

    @Test
    void everyone_narrowed_to_an_organization_or_a_VPC_endpoint_is_fine() {
        assertThat(bucket(new WildcardPrincipalCheck(),
                "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"" + OBJECTS + "\","
                        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":[\"o-xxxxxxxxxxx\"]}}},"
                        + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"" + OBJECTS + "\","
                        + "\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}}},"
                        + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"" + OBJECTS + "\"}"))
                .isEmpty();
    }

    @Test
    void a_principal_written_as_a_bare_string_or_with_an_unknown_type_is_invalid() {
        assertThat(bucket(new PrincipalFormatCheck(),
                "{\"Effect\":\"Allow\",\"Principal\":\"arn:aws:iam::123456789012:root\",\"Action\":\"s3:GetObject\",\"Resource\":\"" + OBJECTS + "\"},"
                        + "{\"Effect\":\"Allow\",\"Principal\":{\"aws\":\"123456789012\",\"Service\":\"s3.amazonaws.com\"},"
                        + "\"Action\":\"s3:GetObject\",\"Resource\":\"" + OBJECTS + "\"}"))
                .containsExactly(
                        "INVALID_PRINCIPAL_FORMAT @ Statement[0].Principal",
                        "INVALID_PRINCIPAL_KEY @ Statement[1].Principal.key(aws)");
    }

    @Test
    void a_wildcard_inside_a_principal_is_unsupported_but_AWS_star_is_everyone() {
        assertThat(bucket(new PrincipalWildcardCheck(), "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\","
                + "\"arn:aws:iam::123456789012:role/*\"],\"Service\":\"*.amazonaws.com\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"" + OBJECTS + "\"}"))
                .containsExactly(
                        "UNSUPPORTED_WILDCARD_IN_PRINCIPAL @ Statement[0].Principal.AWS[1]",
                        "UNSUPPORTED_WILDCARD_IN_PRINCIPAL @ Statement[0].Principal.Service");
    }

    @Test
    void a_federated_principal_outside_a_role_trust_policy_is_not_supported() {
        String s = "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"accounts.google.com\"},"
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"" + OBJECTS + "\"}";
        assertThat(bucket(new FederatedPrincipalPolicyTypeCheck(), s))
                .containsExactly("FEDERATED_PRINCIPAL_NOT_SUPPORTED @ Statement[0].Principal.Federated");
        assertThat(Lint.run(new FederatedPrincipalPolicyTypeCheck(), ValidateRequest.trust(Lint.document(s)))).isEmpty();
    }
}
