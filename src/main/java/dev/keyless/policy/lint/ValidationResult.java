package dev.keyless.policy.lint;

import dev.keyless.policy.finding.Finding;

import java.util.List;

/** ValidatePolicy's answer: the findings, in document order. */
public record ValidationResult(List<Finding> findings) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }
}
