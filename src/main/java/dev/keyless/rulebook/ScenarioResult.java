package dev.keyless.rulebook;

import java.util.Optional;
import java.util.Set;

/**
 * How one scenario of the rule book ended, and why if it did not pass. {@code FAILED} is the rule's
 * verdict (a violation); {@code ERROR} means the rule could not be judged (a live call failed, a step
 * broke): a tool error, never a pass and never a violation.
 */
public record ScenarioResult(String feature, String scenario, Set<String> tags, Status status,
                             Optional<String> reason) {

    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    public ScenarioResult {
        tags = Set.copyOf(tags);
    }

    public String qualifiedName() {
        return feature + ": " + scenario;
    }
}
