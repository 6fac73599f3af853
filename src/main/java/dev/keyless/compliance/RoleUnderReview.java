package dev.keyless.compliance;

import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.stack.StackResource;

import java.util.List;
import java.util.Optional;

/**
 * An IAM role of the stack (from either AWS provider) with its trust policy, every permission policy
 * that reaches it and its permissions boundary when the stack holds the boundary's text.
 */
public record RoleUnderReview(StackResource resource, String roleName, Optional<String> arn,
                              Optional<ParsedPolicy> trustPolicy, List<AttachedPolicy> policies,
                              Optional<AttachedPolicy> boundary) {

    public RoleUnderReview {
        policies = List.copyOf(policies);
    }

    /** How violations name this role: its logical name in the stack. */
    public String label() {
        return "role " + resource.name();
    }

    /** The role's unique id ({@code AROA…}), as IAM reports it: the prefix of {@code aws:userid} in its sessions. */
    public Optional<String> uniqueId() {
        return Props.string(resource, "uniqueId", "roleId");
    }

    /** Whether this is the role a reference (name, ARN or id, any letter case) names. */
    public boolean isNamedBy(String reference) {
        return IamNames.same(reference, roleName) || arn.filter(a -> a.equalsIgnoreCase(reference)).isPresent();
    }
}
