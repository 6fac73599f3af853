package dev.keyless.policy.trust;

import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.Decision;
import dev.keyless.policy.eval.OfflineEvaluator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Google token scenarios of the rule book (issue #4, section 3), decided against our trust policy fixture. */
class GoogleWebIdentityTest {

    private static final String SA = "112233445566778899001";
    private static final String AUDIENCE = "sts.amazonaws.com";

    private final WebIdentitySimulation simulation = new WebIdentitySimulation(new OfflineEvaluator());

    private static String trustPolicy() throws Exception {
        return Files.readString(Path.of("policy-fixtures/trust/google-trust-policy.json"));
    }

    private WebIdentityResult assume(GoogleIdToken token) throws Exception {
        return simulation.simulate(trustPolicy(), token, "arn:aws:iam::111122223333:role/keyless-reader");
    }

    @Test
    void aud_key_comes_from_azp_when_present_and_oaud_from_aud() {
        TokenMapping m = GoogleWebIdentity.map(GoogleIdToken.claims("https://accounts.google.com", AUDIENCE, SA, SA));
        assertThat(m.contextEntries()).extracting(ContextEntry::name, e -> e.values().get(0)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accounts.google.com:aud", SA),
                org.assertj.core.groups.Tuple.tuple("accounts.google.com:oaud", AUDIENCE),
                org.assertj.core.groups.Tuple.tuple("accounts.google.com:sub", SA));
    }

    @Test
    void aud_key_is_the_aud_claim_when_azp_is_absent() {
        TokenMapping m = GoogleWebIdentity.map(GoogleIdToken.claims("accounts.google.com", SA, null, SA));
        assertThat(m.contextEntries().get(0).values()).containsExactly(SA);
        assertThat(m.contextEntries().get(1).values()).containsExactly(SA);
    }

    @Test
    void our_service_accounts_token_for_our_audience_may_assume_the_role() throws Exception {
        WebIdentityResult r = assume(GoogleIdToken.claims("https://accounts.google.com", AUDIENCE, SA, SA));
        assertThat(r.allowed()).isTrue();
        assertThat(r.evaluation().matchedStatements()).hasSize(1);
    }

    @Test
    void our_service_accounts_token_minted_for_another_audience_is_denied() throws Exception {
        WebIdentityResult r = assume(GoogleIdToken.claims("https://accounts.google.com", "https://other.example.com", SA, SA));
        assertThat(r.evaluation().evalDecision()).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void another_service_accounts_token_for_our_audience_is_denied() throws Exception {
        String other = "998877665544332211009";
        assertThat(assume(GoogleIdToken.claims("https://accounts.google.com", AUDIENCE, other, other)).allowed()).isFalse();
    }

    @Test
    void token_without_azp_whose_aud_is_our_service_account_is_denied_because_oaud_must_be_our_audience() throws Exception {
        // :aud = :oaud = the aud claim (our SA id), so :aud and :sub match but :oaud is not sts.amazonaws.com.
        WebIdentityResult r = assume(GoogleIdToken.claims("https://accounts.google.com", SA, null, SA));
        assertThat(r.evaluation().evalDecision()).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void token_from_another_issuer_is_refused_with_the_reason() throws Exception {
        WebIdentityResult r = assume(GoogleIdToken.claims("https://token.actions.githubusercontent.com", AUDIENCE, SA, SA));
        assertThat(r.allowed()).isFalse();
        assertThat(r.tokenRefusal()).get().asString().contains("not accounts.google.com");
        assertThat(r.evaluation().matchedStatements()).isEmpty();
    }

    @Test
    void unsigned_compact_jwt_is_refused_even_with_perfect_claims() throws Exception {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64("{\"iss\":\"https://accounts.google.com\",\"aud\":\"" + AUDIENCE + "\",\"azp\":\"" + SA + "\",\"sub\":\"" + SA + "\"}");
        WebIdentityResult r = assume(TokenReader.read(header + "." + payload + "."));
        assertThat(r.allowed()).isFalse();
        assertThat(r.tokenRefusal()).get().asString().contains("unsigned");
    }

    @Test
    void signed_compact_jwt_is_read_for_its_claims() throws Exception {
        String header = b64("{\"alg\":\"RS256\",\"kid\":\"k1\"}");
        String payload = b64("{\"iss\":\"https://accounts.google.com\",\"aud\":\"" + AUDIENCE + "\",\"azp\":\"" + SA + "\",\"sub\":\"" + SA + "\"}");
        assertThat(assume(TokenReader.read(header + "." + payload + ".c2lnbmF0dXJl")).allowed()).isTrue();
    }

    @Test
    void text_that_is_neither_claims_nor_a_jwt_is_an_input_error() {
        assertThatThrownBy(() -> TokenReader.read("not a token")).isInstanceOf(InvalidTokenException.class);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
