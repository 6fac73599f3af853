package dev.keyless.policy.trust;

import dev.keyless.infra.PolicyDocuments;
import dev.keyless.policy.catalog.ConditionKeyType;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The optional organization pin: accounts.google.com:google/organization_number is Numeric in AWS's catalog
 * (Service Authorization Reference for STS), so the trust compares it with NumericEquals; a token of
 * another organization, or one that names none, is refused.
 */
class OrganizationPinTest {

    private static final String SA = "112233445566778899001";
    private static final String ORG = "123456789012";
    private static final String TRUST = PolicyDocuments.trust(SA, "sts.amazonaws.com", Optional.of(ORG));

    private static WebIdentityResult assume(GoogleIdToken token) throws Exception {
        return new WebIdentitySimulation(new OfflineEvaluator()).simulate(TRUST, token, "arn:aws:iam::111122223333:role/r");
    }

    private static GoogleIdToken token() {
        return GoogleIdToken.claims("https://accounts.google.com", "sts.amazonaws.com", SA, SA);
    }

    @Test
    void the_key_is_numeric_in_aws_s_catalog() {
        assertThat(IamCatalog.builtIn().conditionKey("accounts.google.com:google/organization_number").orElseThrow().type().base())
                .isEqualTo(ConditionKeyType.Base.NUMERIC);
    }

    @Test
    void the_pinned_trust_passes_the_offline_access_analyzer_checks_with_no_finding() {
        assertThat(TRUST).contains("\"NumericEquals\":{\"accounts.google.com:google/organization_number\":\"" + ORG + "\"}");
        assertThat(new OfflinePolicyValidator().validate(ValidateRequest.trust(TRUST)).findings()).isEmpty();
    }

    @Test
    void a_token_of_the_organization_is_admitted_and_one_of_another_or_of_none_is_refused() throws Exception {
        assertThat(assume(token().withOrganization(ORG)).allowed()).isTrue();
        assertThat(assume(token().withOrganization("999999999999")).allowed()).isFalse();
        assertThat(assume(token()).allowed()).as("a token naming no organization").isFalse();
    }

    @Test
    void the_reader_takes_the_claim_as_aws_s_table_spells_it_and_refuses_anything_but_a_whole_number() throws Exception {
        String claims = "{\"iss\":\"https://accounts.google.com\",\"aud\":\"sts.amazonaws.com\",\"azp\":\"" + SA + "\",\"sub\":\"" + SA
                + "\",\"google:organization_number\":" + ORG + "}";
        assertThat(TokenReader.read(claims).organizationNumber()).contains(ORG);
        assertThat(assume(TokenReader.read(claims)).allowed()).isTrue();
        assertThat(TokenReader.read(claims.replace(":" + ORG + "}", ":\"" + ORG + "\"}")).organizationNumber()).contains(ORG);
        assertThatThrownBy(() -> TokenReader.read(claims.replace(":" + ORG + "}", ":\"12ab\"}")))
                .hasMessageContaining("google:organization_number claim must be a whole number");
        String jwt = b64("{\"alg\":\"RS256\"}") + "." + b64(claims) + ".c2ln";
        assertThat(TokenReader.read(jwt).organizationNumber()).contains(ORG);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
