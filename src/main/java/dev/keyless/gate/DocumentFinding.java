package dev.keyless.gate;

import dev.keyless.policy.finding.Finding;

/** A validate-policy finding in one policy document of the stack. */
public record DocumentFinding(PolicyDocument document, Finding finding) {

    /** One line for consoles and failure messages: type, code, where, and which document. */
    public String describe() {
        String at = finding.locations().isEmpty() ? "" : " at " + finding.locations().get(0).path()
                + " (line " + finding.locations().get(0).span().start().line() + ")";
        return finding.findingType() + " " + finding.issueCode() + at + " in " + document.label();
    }
}
