package dev.keyless.compliance;

import org.junit.jupiter.api.Test;

import static dev.keyless.compliance.TestStacks.SA_ID;
import static org.assertj.core.api.Assertions.assertThat;

class RoleTrustReviewTest {

    private static RoleTrustReview review(String trust) {
        return new RoleTrustReview(new StackIndex(TestStacks.withTrust(trust)));
    }

    private static String trust(String principal, String action, String condition) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":%s,"Action":%s,"Condition":%s}]}"""
                .formatted(principal, action, condition);
    }

    private static final String GOOGLE = "{\"Federated\":\"accounts.google.com\"}";
    private static final String WEB = "\"sts:AssumeRoleWithWebIdentity\"";

    @Test
    void the_compliant_trust_policy_passes_every_trust_rule() {
        RoleTrustReview r = new RoleTrustReview(new StackIndex(TestStacks.compliant()));
        assertThat(r.onlyGoogleIsTrusted()).isEmpty();
        assertThat(r.onlyWebIdentityFederation()).isEmpty();
        assertThat(r.tokenSubjectIsOurServiceAccount()).isEmpty();
        assertThat(r.tokenAudienceIsOurs()).isEmpty();
        assertThat(r.noWildcardPrincipal()).isEmpty();
        assertThat(r.googleKeysAreNotLoosened()).isEmpty();
    }

    @Test
    void trust_policy_with_aud_only_is_rejected_for_missing_sub_and_oaud() {
        RoleTrustReview r = review(trust(GOOGLE, WEB,
                "{\"StringEquals\":{\"accounts.google.com:aud\":\"" + SA_ID + "\"}}"));
        assertThat(r.tokenSubjectIsOurServiceAccount()).extracting(Violation::message)
                .containsExactly("trust statement 0 does not pin accounts.google.com:sub with StringEquals");
        assertThat(r.tokenAudienceIsOurs()).extracting(Violation::message)
                .containsExactly("trust statement 0 does not pin accounts.google.com:oaud with StringEquals");
    }

    @Test
    void condition_key_names_compare_case_insensitively_as_in_aws() {
        RoleTrustReview r = review(trust(GOOGLE, WEB, ("{\"StringEquals\":{\"ACCOUNTS.GOOGLE.COM:AUD\":\"%s\","
                + "\"Accounts.Google.Com:Sub\":\"%s\",\"accounts.google.com:OAUD\":\"sts.amazonaws.com\"}}")
                .formatted(SA_ID, SA_ID)));
        assertThat(r.tokenSubjectIsOurServiceAccount()).isEmpty();
        assertThat(r.tokenAudienceIsOurs()).isEmpty();
    }

    @Test
    void aud_pinned_to_a_service_account_outside_the_stack_is_rejected() {
        RoleTrustReview r = review(trust(GOOGLE, WEB, ("{\"StringEquals\":{\"accounts.google.com:aud\":\"999\","
                + "\"accounts.google.com:sub\":\"999\",\"accounts.google.com:oaud\":\"sts.amazonaws.com\"}}")));
        assertThat(r.tokenSubjectIsOurServiceAccount()).hasSize(2)
                .allSatisfy(v -> assertThat(v.message()).contains("not the unique id of a service account in this stack"));
    }

    @Test
    void StringLike_on_a_google_key_is_loosening() {
        RoleTrustReview r = review(trust(GOOGLE, WEB, ("{\"StringEquals\":{\"accounts.google.com:aud\":\"%s\","
                + "\"accounts.google.com:oaud\":\"sts.amazonaws.com\"},\"StringLike\":{\"accounts.google.com:sub\":\"*\"}}")
                .formatted(SA_ID)));
        assertThat(r.googleKeysAreNotLoosened()).extracting(Violation::message)
                .containsExactly("trust statement 0 compares accounts.google.com:sub with StringLike; use StringEquals "
                        + "without IfExists, ForAnyValue, ForAllValues or Like");
    }

    @Test
    void an_aws_account_principal_next_to_google_is_rejected() {
        RoleTrustReview r = review(trust("{\"Federated\":\"accounts.google.com\",\"AWS\":\"arn:aws:iam::111122223333:root\"}",
                WEB, "{}"));
        assertThat(r.onlyGoogleIsTrusted()).extracting(Violation::message).singleElement().asString()
                .contains("trusts AWS \"arn:aws:iam::111122223333:root\"");
    }

    @Test
    void a_wildcard_principal_is_rejected() {
        RoleTrustReview r = review(trust("\"*\"", WEB, "{}"));
        assertThat(r.noWildcardPrincipal()).hasSize(1);
        assertThat(r.onlyGoogleIsTrusted()).hasSize(1);
    }

    @Test
    void sts_AssumeRole_is_not_web_identity_federation() {
        RoleTrustReview r = review(trust(GOOGLE, "[\"sts:AssumeRoleWithWebIdentity\",\"sts:AssumeRole\"]", "{}"));
        assertThat(r.onlyWebIdentityFederation()).extracting(Violation::message).singleElement().asString()
                .contains("allows \"sts:AssumeRole\"");
    }

    @Test
    void a_malformed_trust_policy_fails_every_trust_rule_closed() {
        RoleTrustReview r = review("{\"Version\": \"2012-10-17\", \"Statement\": [");
        assertThat(r.onlyGoogleIsTrusted()).singleElement().extracting(Violation::message).asString()
                .contains("malformed");
        assertThat(r.tokenAudienceIsOurs()).hasSize(1);
    }
}
