package dev.keyless.policy.trust;

import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.EvaluationResult;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "may this Google token assume this role?": the trust policy's evaluation with the
 * keys derived from the token, or the reason STS refuses the token before evaluating anything (then
 * the decision is a deny with no matched statement).
 */
public record WebIdentityResult(EvaluationResult evaluation, List<ContextEntry> contextEntries,
                                Optional<String> tokenRefusal) {

    public WebIdentityResult {
        contextEntries = List.copyOf(contextEntries);
    }

    public boolean allowed() {
        return tokenRefusal.isEmpty() && evaluation.evalDecision().allowed();
    }
}
