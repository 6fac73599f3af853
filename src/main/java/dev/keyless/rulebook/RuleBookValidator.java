package dev.keyless.rulebook;

import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.PolicyValidator;

import java.util.Objects;

/**
 * The one place the rule book gets its ValidatePolicy backend from. Offline
 * ({@link OfflinePolicyValidator}, no network) unless a runner chooses another one, e.g. a live
 * run that sends the same documents to IAM Access Analyzer: it calls {@link #use} before running the
 * rule book and {@link #reset} after, the way {@link StackUnderReview} hands over the stack
 * (Cucumber creates the step classes itself).
 */
public final class RuleBookValidator {

    private static PolicyValidator offline;
    private static PolicyValidator chosen;

    private RuleBookValidator() {}

    public static synchronized void use(PolicyValidator validator) {
        chosen = Objects.requireNonNull(validator);
    }

    public static synchronized void reset() {
        chosen = null;
    }

    /** The chosen validator, or the offline one (created once: it holds no per-call state). */
    public static synchronized PolicyValidator current() {
        if (chosen != null) {
            return chosen;
        }
        if (offline == null) {
            offline = new OfflinePolicyValidator();
        }
        return offline;
    }
}
