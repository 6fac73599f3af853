package dev.keyless.rulebook;

import dev.keyless.compliance.TestStacks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBookTest {

    private static final RuleBook.Options OFFLINE = RuleBook.Options.offline(Path.of("features"));

    @Test
    void a_compliant_stack_passes_every_scenario() {
        RuleBookResult result = RuleBook.run(TestStacks.compliant(), OFFLINE);
        assertThat(result.failed()).isEmpty();
        assertThat(result.passedCount()).isGreaterThanOrEqualTo(20);
        assertThat(result.compliant()).isTrue();
    }

    @Test
    void a_role_with_long_sessions_fails_exactly_the_session_rule_and_says_why() {
        RuleBookResult result = RuleBook.run(
                TestStacks.changing("workload-role", in -> TestStacks.put(in, "maxSessionDuration", 43200)), OFFLINE);
        assertThat(result.failed()).extracting(ScenarioResult::qualifiedName)
                .containsExactly("Short sessions: Sessions last at most one hour");
        assertThat(result.failed().get(0).reason()).hasValueSatisfying(r ->
                assertThat(r).contains("allows sessions of 43200 s; at most 3600 s are allowed"));
    }
}
