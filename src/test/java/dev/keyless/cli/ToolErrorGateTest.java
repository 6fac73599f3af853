package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.compliance.TestStacks;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RuleBook;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the gate reads a scenario that could not be judged, whatever the backend: a tool error
 * (exit 1) with one line saying why, never a violation and never a pass.
 */
class ToolErrorGateTest {

    private final StringWriter out = new StringWriter();

    private int judge(Backends backends) {
        return RuleBookGate.judge("check-stack", TestStacks.compliant(), Path.of("features"), Optional.empty(),
                new GateOptions(), new PrintWriter(out, true), backends, RuleBook.OFFLINE_TAGS);
    }

    @Test
    void a_backend_that_cannot_answer_makes_the_run_a_tool_error_and_skips_the_rest() {
        Backends failing = Backends.offline().withValidator(r -> {
            throw new UserError("AWS denied access-analyzer:ValidatePolicy (AccessDeniedException: no)");
        });

        assertThatThrownBy(() -> judge(failing)).isInstanceOf(UserError.class)
                .hasMessage("AWS denied access-analyzer:ValidatePolicy (AccessDeniedException: no)");

        assertThat(out.toString())
                .contains("  ERR   Access Analyzer finds nothing to fix › Access Analyzer finds no ERROR or SECURITY_WARNING"
                        + " in the role's trust policy")
                .contains("  SKIP  Access Analyzer finds nothing to fix › Access Analyzer finds no ERROR or SECURITY_WARNING"
                        + " in every policy attached to the role")
                .contains("1 not judged (tool error)").contains("→ TOOL ERROR (exit 1)")
                .doesNotContain("  PASS  Who can assume the role");
    }

    @Test
    void a_step_that_breaks_is_a_tool_error_named_as_a_defect_but_the_run_goes_on() {
        Backends broken = Backends.offline().withValidator(r -> {
            throw new IllegalStateException("bug");
        });

        assertThatThrownBy(() -> judge(broken)).isInstanceOf(UserError.class)
                .hasMessage("step error (a defect of keyless, please report it): java.lang.IllegalStateException: bug");

        assertThat(out.toString()).contains("  PASS  Who can assume the role › Only Google's identity provider is trusted")
                .contains("4 not judged (tool error)").contains("→ TOOL ERROR (exit 1)");
    }

    @Test
    void a_violation_is_still_a_violation() {
        Backends clean = Backends.offline();
        int exit = RuleBookGate.judge("check-stack", TestStacks.changing("workload-role",
                in -> TestStacks.put(in, "maxSessionDuration", 43200)), Path.of("features"), Optional.empty(),
                new GateOptions(), new PrintWriter(out, true), clean, RuleBook.OFFLINE_TAGS);
        assertThat(exit).isEqualTo(ExitCode.VIOLATIONS);
    }
}
