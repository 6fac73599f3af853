package dev.keyless.rulebook;

import dev.keyless.compliance.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The violations the running scenario's steps reported ({@code ReviewWorld.holds}), handed to the
 * runner as data: Cucumber only passes an assertion's text back, and text is not what the gate should
 * match exceptions against. Scenarios run one at a time; the glue clears this before each.
 */
public final class ScenarioViolations {

    private static final List<Violation> CURRENT = new ArrayList<>();

    private ScenarioViolations() {}

    public static synchronized void clear() {
        CURRENT.clear();
    }

    public static synchronized void record(List<Violation> violations) {
        CURRENT.addAll(violations);
    }

    /** What the scenario that just finished reported; empty afterwards. */
    static synchronized List<Violation> take() {
        List<Violation> out = List.copyOf(CURRENT);
        CURRENT.clear();
        return out;
    }
}
