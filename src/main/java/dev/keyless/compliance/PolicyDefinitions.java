package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.Optional;

/**
 * The managed policies the stack defines, found by ARN as IAM finds them (ignoring case: policy names
 * are case-insensitive). A policy attached by an ARN the stack does not define, such as an AWS-managed
 * policy, has no document: keyless cannot see what it grants, and the rules count that against the stack.
 */
final class PolicyDefinitions {

    private final StackSnapshot stack;

    PolicyDefinitions(StackSnapshot stack) {
        this.stack = stack;
    }

    /** The policy with this ARN as attached by {@code via}. */
    AttachedPolicy byArn(String arn, String via) {
        return find(arn).map(p -> managed(p, via))
                .orElseGet(() -> new AttachedPolicy(via + " → " + arn + " (not defined in the stack)",
                        Optional.of(arn), Optional.empty()));
    }

    /** The policy with this ARN when the stack defines it (a permissions boundary, say). */
    Optional<AttachedPolicy> known(String arn) {
        return find(arn).map(p -> managed(p, "permissions boundary"));
    }

    /** A managed policy resource as attached by {@code via}. */
    AttachedPolicy managed(StackResource policy, String via) {
        return new AttachedPolicy(via + " → policy " + policy.name(), arnOf(policy),
                PolicyText.parse(Props.first(policy, "policy", "policyDocument").orElse(null)));
    }

    private Optional<StackResource> find(String arn) {
        return stack.resources().stream()
                .filter(r -> r.isType(ResourceTypes.POLICY) || r.isType(ResourceTypes.NATIVE_MANAGED_POLICY))
                .filter(r -> arnOf(r).filter(arn::equalsIgnoreCase).isPresent())
                .findFirst();
    }

    private static Optional<String> arnOf(StackResource policy) {
        return Props.string(policy, "arn", "policyArn")
                .or(() -> policy.id().filter(id -> id.startsWith("arn:")));
    }
}
