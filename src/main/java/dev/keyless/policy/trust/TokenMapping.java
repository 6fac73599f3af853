package dev.keyless.policy.trust;

import dev.keyless.policy.eval.ContextEntry;

import java.util.List;
import java.util.Optional;

/**
 * What STS makes of a token: the condition keys it puts in the request context, or the reason it
 * refuses the token before any policy is read.
 */
public record TokenMapping(List<ContextEntry> contextEntries, Optional<String> refusal) {

    public TokenMapping {
        contextEntries = List.copyOf(contextEntries);
    }

    public boolean accepted() {
        return refusal.isEmpty();
    }

    static TokenMapping refused(String reason) {
        return new TokenMapping(List.of(), Optional.of(reason));
    }
}
