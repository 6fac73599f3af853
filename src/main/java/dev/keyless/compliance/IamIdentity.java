package dev.keyless.compliance;

import java.util.List;
import java.util.Optional;

/**
 * A principal of the account that policies in the stack reach: a role, a user, or a group (standing for
 * any user in it). {@code resource} is the logical name of the stack resource that defines it, empty when
 * the stack only refers to it by name (a policy attached to a user created elsewhere still grants that
 * user). {@code policies} are its identity policies, a user's groups' included; {@code boundary} its
 * permissions boundary when the stack holds the boundary's text.
 */
public record IamIdentity(Kind kind, String name, String arn, Optional<String> resource,
                          List<AttachedPolicy> policies, Optional<AttachedPolicy> boundary) {

    public enum Kind {
        ROLE("role"), USER("user"), GROUP("group");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public IamIdentity {
        policies = List.copyOf(policies);
    }

    /** How violations name it: by the stack resource when there is one, else by its IAM name. */
    public String label() {
        return kind.word() + " " + resource.orElse(name + " (not defined in the stack)");
    }
}
