package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.keyless.policy.lint.checks.Lint.SA;
import static dev.keyless.policy.lint.checks.Lint.googleTrust;
import static dev.keyless.policy.lint.checks.Lint.pinned;
import static dev.keyless.policy.lint.checks.Lint.trust;
import static org.assertj.core.api.Assertions.assertThat;

class TrustChecksTest {

    private static final String PINNED = pinned(SA, SA, "sts.amazonaws.com");

    @Test
    void sts_AssumeRole_with_a_federated_principal_is_a_mismatched_action() {
        String s = googleTrust(PINNED).replace("sts:AssumeRoleWithWebIdentity", "sts:AssumeRole");
        assertThat(trust(new MismatchedTrustActionCheck(), s))
                .containsExactly("MISMATCHED_ACTION_FOR_PRINCIPAL @ Statement[0].Action");
    }

    @Test
    void a_mismatch_names_the_action_and_principal_and_points_at_both_as_Access_Analyzer_does() {
        // The AWS CLI reference's validate-policy example, without its empty Sid and sts:TagSession.
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"cognito-identity.amazonaws.com\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"],\"Condition\":"
                + "{\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"us-west-2_EXAMPLE\"}}}]}";
        List<Finding> found = Lint.findings(new MismatchedTrustActionCheck(),
                new ValidateRequest(doc, PolicyType.RESOURCE_POLICY, Optional.empty()));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).findingDetails()).startsWith("The sts:AssumeRole action is invalid with the following "
                + "principal(s): cognito-identity.amazonaws.com. Use a SAML provider principal");
        assertThat(found.get(0).locations()).extracting(l -> l.path().toString())
                .containsExactly("Statement[0].Action[0]", "Statement[0].Principal.Federated");
    }

    @Test
    void web_identity_with_an_AWS_principal_or_SAML_with_an_OIDC_provider_is_mismatched() {
        assertThat(trust(new MismatchedTrustActionCheck(),
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\"},"
                        + "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"accounts.google.com\"},\"Action\":\"sts:AssumeRoleWithSAML\"},"
                        + "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::123456789012:saml-provider/Okta\"},"
                        + "\"Action\":[\"sts:AssumeRoleWithSAML\",\"sts:TagSession\"]}"))
                .containsExactly(
                        "MISMATCHED_ACTION_FOR_PRINCIPAL @ Statement[0].Action",
                        "MISMATCHED_ACTION_FOR_PRINCIPAL @ Statement[1].Action");
    }

    @Test
    void a_Resource_in_a_trust_policy_is_a_syntax_error() {
        String withResource = googleTrust(PINNED).substring(0, googleTrust(PINNED).length() - 1)
                + ",\"Resource\":\"arn:aws:iam::123456789012:role/r\"}";
        assertThat(trust(new TrustPolicyResourceCheck(), withResource))
                .containsExactly("ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE @ Statement[0].Resource");
    }

    @Test
    void NotPrincipal_in_a_trust_policy_is_a_syntax_error() {
        assertThat(trust(new TrustPolicyNotPrincipalCheck(), googleTrust(PINNED).replace("\"Principal\"", "\"NotPrincipal\"")))
                .containsExactly("ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL @ Statement[0].NotPrincipal");
    }

    @Test
    void a_wildcard_principal_in_a_trust_policy_is_unsupported() {
        assertThat(trust(new TrustWildcardPrincipalCheck(), "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"sts:AssumeRole\"}"))
                .containsExactly("ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL @ Statement[0].Principal.AWS");
    }

    @Test
    void a_federated_principal_must_be_a_domain_or_a_provider_ARN() {
        assertThat(trust(new FederatedPrincipalSyntaxCheck(), "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":["
                + "\"https://accounts.google.com\",\"accounts.google.com\","
                + "\"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com\","
                + "\"arn:aws:iam::123456789012:saml-provider/Okta\",\"arn:aws:iam::123456789012:role/x\"]},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"}"))
                .containsExactly(
                        "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY @ Statement[0].Principal.Federated[0]",
                        "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY @ Statement[0].Principal.Federated[4]");
    }

    @Test
    void an_OIDC_principal_without_any_of_its_keys_is_a_security_warning() {
        assertThat(trust(new OidcPrincipalConditionCheck(), googleTrust(null) + ","
                + googleTrust("{\"StringEquals\":{\"aws:SourceIp\":\"203.0.113.1\"}}") + "," + googleTrust(PINNED)))
                .containsExactly(
                        "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL @ Statement[0].Principal.Federated",
                        "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL @ Statement[1].Principal.Federated");
    }

    @Test
    void an_OIDC_provider_ARN_is_satisfied_by_keys_named_after_its_URL() {
        assertThat(trust(new OidcPrincipalConditionCheck(), "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::111122223333:oidc-provider/oidc.eks.region-code.amazonaws.com/id/EXAMPLE\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{"
                + "\"oidc.eks.region-code.amazonaws.com/id/EXAMPLE:sub\":\"system:serviceaccount:default:sa\"}}}"))
                .isEmpty();
    }

    @Test
    void a_set_qualifier_on_an_OIDC_aud_key_asks_to_confirm_the_claim_type() {
        assertThat(trust(new AudienceClaimTypeCheck(), googleTrust(
                "{\"ForAnyValue:StringEquals\":{\"accounts.google.com:aud\":\"" + SA + "\"},"
                        + "\"StringEquals\":{\"accounts.google.com:oaud\":\"sts.amazonaws.com\"}}")))
                .containsExactly("CONFIRM_AUDIENCE_CLAIM_TYPE @ Statement[0].Condition.ForAnyValue:StringEquals.key(accounts.google.com:aud)");
    }
}
