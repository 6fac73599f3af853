package dev.keyless.rulebook;

import dev.keyless.compliance.Violation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one scenario of the rule book ended, and why if it did not pass. {@code FAILED} is the rule's
 * verdict (a violation); {@code ERROR} means the rule could not be judged (a live call failed, a step
 * broke): a tool error, never a pass and never a violation. {@code violations} are what the failing
 * step reported, as data; empty when a step failed without naming any (then nothing can excuse it).
 */
public record ScenarioResult(String feature, String scenario, Set<String> tags, Status status,
                             Optional<String> reason, List<Violation> violations) {

    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    public ScenarioResult {
        tags = Set.copyOf(tags);
        violations = List.copyOf(violations);
    }

    /** A result without violations as data. */
    public ScenarioResult(String feature, String scenario, Set<String> tags, Status status, Optional<String> reason) {
        this(feature, scenario, tags, status, reason, List.of());
    }

    public String qualifiedName() {
        return feature + ": " + scenario;
    }
}
