package dev.keyless.policy.parse;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.model.Policy;

import java.util.List;
import java.util.Optional;

/**
 * A policy text after reading: the model (absent when the text is not a JSON object), the raw
 * positioned tree, and the findings reading produced (syntax, types, unknown elements, size).
 */
public record ParsedPolicy(String text, Optional<Policy> policy, Optional<JsonValue.JsonObject> root,
                           List<Finding> findings) {

    public ParsedPolicy {
        findings = List.copyOf(findings);
    }

    /** True when reading found an ERROR: IAM would reject the document outright. */
    public boolean malformed() {
        return policy.isEmpty() || findings.stream().anyMatch(f -> f.findingType() == FindingType.ERROR);
    }
}
