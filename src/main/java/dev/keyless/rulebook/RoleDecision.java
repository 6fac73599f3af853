package dev.keyless.rulebook;

import java.util.Optional;

/**
 * One decision the rule book asked for a role ("What AWS decides for the role"): the request, what
 * the engine of the run answered, and what the rule expected. The access graph draws these, so the
 * report shows the rule book's own decisions and nothing it did not ask.
 *
 * @param role      the role's logical name in the stack
 * @param action    the action requested
 * @param resource  the resource ARN requested
 * @param condition how the request differs from an ordinary one ("" or "without TLS")
 * @param decision  {@code allowed}, {@code implicitDeny} or {@code explicitDeny}; empty when AWS would
 *                  refuse to evaluate the request ({@code error} says why)
 * @param expected  what the rule expected: {@code allowed}, {@code denied}, {@code implicitDeny} or {@code explicitDeny}
 */
public record RoleDecision(String role, String action, String resource, String condition, Optional<String> decision,
                           String expected, Optional<String> error) {

    public boolean allowed() {
        return decision.filter("allowed"::equals).isPresent();
    }

    /** Allowed where the rule book says it must not be, or not evaluable at all. */
    public boolean dangerous() {
        return decision.isEmpty() || allowed() && !expected.equals("allowed");
    }
}
