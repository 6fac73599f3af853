package dev.keyless.rulebook;

import dev.keyless.compliance.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** "keyless's own permissions are least privilege": the shipped policy passes, a broader one fails for its grants. */
class VerifierPolicyRuleBookTest {

    private static final String FEATURE = "keyless's own permissions are least privilege: ";
    private static final Path SOURCE = Path.of("features/the-verifier-is-least-privilege.feature");

    @Test
    void the_shipped_verifier_policy_passes_both_scenarios() {
        RuleBookResult result = RuleBook.run(TestStacks.compliant(), RuleBook.Options.offline(Path.of("features")));
        assertThat(result.scenarios()).filteredOn(s -> s.qualifiedName().startsWith(FEATURE)).hasSize(2)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(ScenarioResult.Status.PASSED));
    }

    @Test
    void a_verifier_policy_that_may_pass_roles_and_write_fails_for_exactly_that(@TempDir Path checkout) throws IOException {
        Path broken = Path.of("policy-fixtures/verifier/insecure-verifier-policy.json").toAbsolutePath();
        Files.createDirectories(checkout.resolve("features"));
        Files.writeString(checkout.resolve("features/verifier.feature"),
                Files.readString(SOURCE).replace("policy-fixtures/verifier-policy.json", broken.toString()));

        RuleBookResult result = RuleBook.run(TestStacks.compliant(),
                new RuleBook.Options(checkout.resolve("features"), RuleBook.OFFLINE_TAGS, Optional.empty()));

        assertThat(result.failed()).extracting(ScenarioResult::qualifiedName).containsExactlyInAnyOrder(
                FEATURE + "Access Analyzer finds no ERROR or SECURITY_WARNING in the verifier's policy",
                FEATURE + "The verifier's policy changes nothing");
        assertThat(result.failed()).anySatisfy(s -> assertThat(s.reason().orElseThrow())
                .contains("SECURITY_WARNING PASS_ROLE_WITH_STAR_IN_RESOURCE"));
        assertThat(result.failed()).anySatisfy(s -> assertThat(s.reason().orElseThrow())
                .contains("CheckAccessNotGranted FAIL: The policy document grants access to perform one or more of the"
                        + " listed actions.").contains("statement with sid: ValidateAndCheckPolicyDocuments")
                .contains("statement with sid: TooMuchIam"));
    }
}
