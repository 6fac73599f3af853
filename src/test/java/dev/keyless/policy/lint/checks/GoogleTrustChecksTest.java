package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.keyless.policy.lint.checks.Lint.SA;
import static dev.keyless.policy.lint.checks.Lint.googleTrust;
import static dev.keyless.policy.lint.checks.Lint.pinned;
import static dev.keyless.policy.lint.checks.Lint.trust;
import static org.assertj.core.api.Assertions.assertThat;

class GoogleTrustChecksTest {

    private static final String AUDIENCE = "sts.amazonaws.com";
    private final GoogleTrustPinsCheck pins = new GoogleTrustPinsCheck();
    private final GoogleTrustOperatorCheck operators = new GoogleTrustOperatorCheck();

    @Test
    void the_keyless_trust_policy_pins_aud_sub_and_oaud() {
        assertThat(trust(pins, googleTrust(pinned(SA, SA, AUDIENCE)))).isEmpty();
        assertThat(trust(operators, googleTrust(pinned(SA, SA, AUDIENCE)))).isEmpty();
    }

    @Test
    void trust_policy_without_aud_is_a_security_warning() {
        assertThat(trust(pins, googleTrust(pinned(null, SA, AUDIENCE))))
                .containsExactly("GOOGLE_TRUST_MISSING_AUD @ Statement[0].Principal.Federated");
        assertThat(IssueCode.GOOGLE_TRUST_MISSING_AUD.type()).isEqualTo(FindingType.SECURITY_WARNING);
    }

    @Test
    void trust_policy_without_sub_is_a_security_warning_that_explains_the_azp_mapping() {
        var found = Lint.findings(pins, ValidateRequest.trust(Lint.document(googleTrust(pinned(SA, null, AUDIENCE)))));
        assertThat(found).extracting(f -> f.issueCode()).containsExactly("GOOGLE_TRUST_MISSING_SUB");
        assertThat(found.get(0).findingDetails()).contains("azp").contains("aud claim");
        assertThat(found.get(0).learnMoreLink()).isEqualTo("docs/findings.md#google-trust-missing-sub");
    }

    @Test
    void trust_policy_without_oaud_is_a_security_warning_that_explains_token_replay() {
        var found = Lint.findings(pins, ValidateRequest.trust(Lint.document(googleTrust(pinned(SA, SA, null)))));
        assertThat(found).extracting(f -> f.issueCode()).containsExactly("GOOGLE_TRUST_MISSING_OAUD");
        assertThat(found.get(0).findingDetails()).contains("replayed");
    }

    @Test
    void a_trust_policy_without_conditions_misses_all_three_pins() {
        assertThat(trust(pins, googleTrust(null))).containsExactlyInAnyOrder(
                "GOOGLE_TRUST_MISSING_AUD @ Statement[0].Principal.Federated",
                "GOOGLE_TRUST_MISSING_SUB @ Statement[0].Principal.Federated",
                "GOOGLE_TRUST_MISSING_OAUD @ Statement[0].Principal.Federated");
    }

    @Test
    void Google_key_names_compare_case_insensitively() {
        assertThat(trust(pins, googleTrust("{\"StringEquals\":{\"ACCOUNTS.GOOGLE.COM:AUD\":\"" + SA + "\","
                + "\"Accounts.Google.Com:Sub\":\"" + SA + "\",\"accounts.google.com:OAUD\":\"" + AUDIENCE + "\"}}"))).isEmpty();
    }

    @Test
    void a_negated_operator_does_not_pin_a_key() {
        assertThat(trust(pins, googleTrust("{\"StringEquals\":{\"accounts.google.com:aud\":\"" + SA + "\","
                + "\"accounts.google.com:oaud\":\"" + AUDIENCE + "\"},\"StringNotEquals\":{\"accounts.google.com:sub\":\"1\"}}")))
                .containsExactly("GOOGLE_TRUST_MISSING_SUB @ Statement[0].Principal.Federated");
    }

    @Test
    void StringLike_on_sub_is_a_weak_operator_not_a_missing_pin() {
        String s = googleTrust("{\"StringEquals\":{\"accounts.google.com:aud\":\"" + SA + "\",\"accounts.google.com:oaud\":\""
                + AUDIENCE + "\"},\"StringLike\":{\"accounts.google.com:sub\":\"1000*\"}}");
        assertThat(trust(pins, s)).isEmpty();
        assertThat(trust(operators, s))
                .containsExactly("GOOGLE_TRUST_WEAK_OPERATOR @ Statement[0].Condition.StringLike.key(accounts.google.com:sub)");
    }

    @Test
    void IfExists_and_set_qualifiers_loosen_a_pin() {
        assertThat(trust(operators, googleTrust("{\"StringEquals\":{\"accounts.google.com:sub\":\"" + SA + "\"},"
                + "\"StringEqualsIfExists\":{\"accounts.google.com:oaud\":\"" + AUDIENCE + "\"},"
                + "\"ForAllValues:StringEquals\":{\"accounts.google.com:aud\":\"" + SA + "\"}}")))
                .containsExactlyInAnyOrder(
                        "GOOGLE_TRUST_WEAK_OPERATOR @ Statement[0].Condition.ForAllValues:StringEquals.key(accounts.google.com:aud)",
                        "GOOGLE_TRUST_WEAK_OPERATOR @ Statement[0].Condition.StringEqualsIfExists.key(accounts.google.com:oaud)");
    }

    @Test
    void an_exact_pin_next_to_a_loose_one_still_pins() {
        assertThat(trust(operators, googleTrust("{\"StringEquals\":{\"accounts.google.com:aud\":\"" + SA + "\","
                + "\"accounts.google.com:sub\":\"" + SA + "\",\"accounts.google.com:oaud\":\"" + AUDIENCE + "\"},"
                + "\"StringLike\":{\"accounts.google.com:sub\":\"1*\"}}"))).isEmpty();
    }

    @Test
    void each_statement_is_judged_on_its_own_and_Deny_statements_are_not() {
        String deny = googleTrust(null).replace("\"Allow\"", "\"Deny\"");
        assertThat(trust(pins, googleTrust(pinned(SA, SA, AUDIENCE)) + "," + googleTrust(pinned(SA, SA, null)) + "," + deny))
                .containsExactly("GOOGLE_TRUST_MISSING_OAUD @ Statement[1].Principal.Federated");
    }

    @Test
    void an_IAM_OIDC_provider_for_accounts_google_com_is_judged_like_the_built_in_one() {
        String s = googleTrust(pinned(SA, null, AUDIENCE)).replace("\"accounts.google.com\"",
                "\"arn:aws:iam::123456789012:oidc-provider/accounts.google.com\"");
        assertThat(trust(pins, s)).containsExactly("GOOGLE_TRUST_MISSING_SUB @ Statement[0].Principal.Federated");
    }

    @Test
    void a_trust_policy_sent_as_a_plain_resource_policy_is_judged_too() {
        String doc = Lint.document(googleTrust(pinned(SA, null, AUDIENCE)));
        assertThat(Lint.run(pins, new ValidateRequest(doc, PolicyType.RESOURCE_POLICY, Optional.empty())))
                .containsExactly("GOOGLE_TRUST_MISSING_SUB @ Statement[0].Principal.Federated");
    }
}
