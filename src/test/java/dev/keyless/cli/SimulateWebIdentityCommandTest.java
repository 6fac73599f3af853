package dev.keyless.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * simulate-web-identity refuses a token whose claims, payload or header give one member twice:
 * {@code {"aud":"evil","aud":"sts.amazonaws.com"}} must not be judged by whichever value a parser keeps.
 */
class SimulateWebIdentityCommandTest {

    private static final String TRUST = "file://policy-fixtures/trust/google-trust-policy.json";
    private static final String SA = "112233445566778899001";
    private static final String RS256 = "{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}";

    private static String claims(String aud) {
        return "{\"iss\":\"https://accounts.google.com\"," + aud + ",\"azp\":\"" + SA + "\",\"sub\":\"" + SA + "\"}";
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String jwt(String header, String payload) {
        return b64(header) + "." + b64(payload) + ".c2lnbmF0dXJl";
    }

    private static CliRun simulate(String token) {
        return CliRun.of("simulate-web-identity", "--trust-policy", TRUST, "--token-claims", token);
    }

    private static void refusedNaming(CliRun run, String member) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err()).hasLineCount(1).doesNotContain("Exception")
                .contains("--token-claims").contains("the member \"" + member + "\" is given twice");
    }

    @Test
    void a_claims_file_with_a_duplicated_aud_is_refused_naming_the_member(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("claims.json");
        Files.writeString(file, claims("\"aud\":\"evil\",\"aud\":\"sts.amazonaws.com\""));
        CliRun run = simulate("file://" + file);
        refusedNaming(run, "aud");
        assertThat(run.err()).contains("the token claims");
    }

    @Test
    void the_same_claims_without_the_duplicate_are_answered() {
        assertThat(simulate(claims("\"aud\":\"sts.amazonaws.com\"")).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void a_jwt_whose_payload_duplicates_aud_is_refused() {
        CliRun run = simulate(jwt(RS256, claims("\"aud\":\"sts.amazonaws.com\",\"aud\":\"evil\"")));
        refusedNaming(run, "aud");
        assertThat(run.err()).contains("the JWT payload");
    }

    @Test
    void a_jwt_whose_header_duplicates_alg_is_refused() {
        CliRun run = simulate(jwt("{\"alg\":\"none\",\"alg\":\"RS256\"}", claims("\"aud\":\"sts.amazonaws.com\"")));
        refusedNaming(run, "alg");
        assertThat(run.err()).contains("the JWT header");
    }

    @Test
    void a_duplicate_inside_a_nested_claim_is_refused_too() {
        String nested = claims("\"aud\":\"sts.amazonaws.com\",\"google\":{\"compute_engine\":{\"project_id\":\"a\","
                + "\"project_id\":\"b\"}}");
        refusedNaming(simulate(nested), "project_id");
    }

    @Test
    void a_second_claims_object_after_the_first_is_refused() {
        CliRun run = simulate(claims("\"aud\":\"evil\"") + claims("\"aud\":\"sts.amazonaws.com\""));
        assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err()).hasLineCount(1).contains("not valid JSON");
    }
}
