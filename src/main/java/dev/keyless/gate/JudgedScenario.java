package dev.keyless.gate;

import dev.keyless.compliance.Violation;
import dev.keyless.rulebook.ScenarioResult;

import java.util.List;

/**
 * A rule-book scenario with the gate's verdict. {@code reasons} are what a reviewer must read: why it
 * fails, or what was waived or let through. {@code violations} are the failure as data (the resource
 * and the message of each), for the reports. A waived scenario is WAIVED, never PASSED.
 */
public record JudgedScenario(ScenarioResult result, Outcome outcome, List<Waiver> waivers, List<String> reasons,
                             List<Violation> violations) {

    /**
     * PASSED: the rule holds. FAILED: it is broken and blocks. WAIVED: it is broken, and a valid
     * exception excuses every violation. NOT_BLOCKING: an Access Analyzer scenario broken only by
     * findings of types that {@code --treat-finding-type-as-blocking} leaves out. NOT_JUDGED: the rule
     * could not be judged (a live call failed): the run is a tool error, never a pass or a violation.
     * SKIPPED: not run.
     */
    public enum Outcome { PASSED, FAILED, WAIVED, NOT_BLOCKING, NOT_JUDGED, SKIPPED }

    public JudgedScenario {
        waivers = List.copyOf(waivers);
        reasons = List.copyOf(reasons);
        violations = List.copyOf(violations);
    }

    /** A verdict with no violations as data (passed, skipped, not judged, or judged from findings). */
    public JudgedScenario(ScenarioResult result, Outcome outcome, List<Waiver> waivers, List<String> reasons) {
        this(result, outcome, waivers, reasons, List.of());
    }

    public boolean blocking() {
        return outcome == Outcome.FAILED;
    }
}
