package dev.keyless.rulebook;

import java.util.List;

/** The outcome of one rule-book run. */
public record RuleBookResult(List<ScenarioResult> scenarios) {

    public RuleBookResult {
        scenarios = List.copyOf(scenarios);
    }

    public List<ScenarioResult> failed() {
        return scenarios.stream().filter(s -> s.status() == ScenarioResult.Status.FAILED).toList();
    }

    public long passedCount() {
        return scenarios.stream().filter(s -> s.status() == ScenarioResult.Status.PASSED).count();
    }

    public boolean compliant() {
        return failed().isEmpty() && passedCount() > 0;
    }
}
