package dev.keyless.policy.account;

import java.util.List;

/**
 * A user, group or role of the account: its ARN, the managed policies attached to it (ARNs), its
 * groups (users only), and its own documents (inline policies; a role's trust policy first).
 */
public record Principal(Type type, String name, String arn, List<String> attachedPolicies, List<String> groups,
                        List<AccountDocument> documents) {

    /** The three lists of get-account-authorization-details. */
    public enum Type { USER, GROUP, ROLE }

    public Principal {
        attachedPolicies = List.copyOf(attachedPolicies);
        groups = List.copyOf(groups);
        documents = List.copyOf(documents);
    }
}
