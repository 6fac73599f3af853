package dev.keyless.compliance;

/**
 * One way the stack breaks a rule: which resource, and what is wrong with it, in words a reviewer
 * can act on. A rule with no violations holds; a gate decides what a violation blocks.
 */
public record Violation(String resource, String message) {

    @Override
    public String toString() {
        return resource + ": " + message;
    }
}
