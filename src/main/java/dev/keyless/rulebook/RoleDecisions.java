package dev.keyless.rulebook;

import java.util.ArrayList;
import java.util.List;

/** The decisions the steps asked during a run, in order, handed to the runner like {@link ScenarioViolations}. */
public final class RoleDecisions {

    private static final List<RoleDecision> RUN = new ArrayList<>();

    private RoleDecisions() {}

    static synchronized void clear() {
        RUN.clear();
    }

    public static synchronized void record(RoleDecision decision) {
        RUN.add(decision);
    }

    static synchronized List<RoleDecision> take() {
        List<RoleDecision> out = List.copyOf(RUN);
        RUN.clear();
        return out;
    }
}
