package dev.keyless.gate;

import dev.keyless.policy.parse.ParsedPolicy;

import java.util.Optional;

/**
 * One policy document of the stack as the gate and the reports see it: its kind, the stack resource
 * that holds its text ({@code resource}: logical name, {@code urn}; for a policy attached by ARN that
 * the stack does not define, the ARN and no URN), how it reaches the role or bucket ({@code label}),
 * and its text. {@code id} is unique in one run and safe as a file name.
 */
public record PolicyDocument(String id, DocumentKind kind, String resource, Optional<String> urn, String label,
                             Optional<ParsedPolicy> document) {

    /** True when waivers and findings may name this resource so. */
    public boolean isNamed(String name) {
        return resource.equals(name) || urn.filter(name::equals).isPresent();
    }
}
