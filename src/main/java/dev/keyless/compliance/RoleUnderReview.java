package dev.keyless.compliance;

import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.stack.StackResource;

import java.util.List;
import java.util.Optional;

/** An IAM role of the stack with its trust policy and every permission policy that reaches it. */
public record RoleUnderReview(StackResource resource, String roleName, Optional<String> arn,
                              Optional<ParsedPolicy> trustPolicy, List<AttachedPolicy> policies) {

    public RoleUnderReview {
        policies = List.copyOf(policies);
    }

    /** How violations name this role: its logical name in the stack. */
    public String label() {
        return "role " + resource.name();
    }
}
