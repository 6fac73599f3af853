package dev.keyless.rulebook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one rule-book run: every scenario's result, the mode it ran in, the requests it
 * sent to AWS ({@code Service.Operation} → count, retries included; empty offline), and the decisions
 * its steps asked for the roles (what the access graph draws).
 */
public record RuleBookResult(List<ScenarioResult> scenarios, RunMode mode, Map<String, Integer> awsRequests,
                             List<RoleDecision> decisions) {

    public RuleBookResult {
        scenarios = List.copyOf(scenarios);
        awsRequests = Map.copyOf(awsRequests);
        decisions = List.copyOf(decisions);
    }

    /** A run's result without recorded decisions. */
    public RuleBookResult(List<ScenarioResult> scenarios, RunMode mode, Map<String, Integer> awsRequests) {
        this(scenarios, mode, awsRequests, List.of());
    }

    /** An offline run's result. */
    public RuleBookResult(List<ScenarioResult> scenarios) {
        this(scenarios, RunMode.offline(), Map.of());
    }

    public List<ScenarioResult> failed() {
        return withStatus(ScenarioResult.Status.FAILED);
    }

    /** Scenarios that could not be judged: any of them makes the run a tool error. */
    public List<ScenarioResult> errors() {
        return withStatus(ScenarioResult.Status.ERROR);
    }

    public long passedCount() {
        return withStatus(ScenarioResult.Status.PASSED).size();
    }

    /** The first reason a scenario could not be judged, as one line. */
    public Optional<String> toolError() {
        return errors().stream().map(s -> s.reason().orElse("a step failed")).findFirst();
    }

    public boolean compliant() {
        return failed().isEmpty() && errors().isEmpty() && passedCount() > 0;
    }

    private List<ScenarioResult> withStatus(ScenarioResult.Status status) {
        return scenarios.stream().filter(s -> s.status() == status).toList();
    }
}
