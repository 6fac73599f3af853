package dev.keyless.rulebook;

import java.util.Optional;
import java.util.Set;

/** How one scenario of the rule book ended, and why it failed if it did. */
public record ScenarioResult(String feature, String scenario, Set<String> tags, Status status,
                             Optional<String> reason) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public ScenarioResult {
        tags = Set.copyOf(tags);
    }

    public String qualifiedName() {
        return feature + ": " + scenario;
    }
}
