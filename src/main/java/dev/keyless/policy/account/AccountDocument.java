package dev.keyless.policy.account;

import java.util.Optional;

/**
 * One policy document of the account to validate: a role's trust policy, an inline policy of a user,
 * group or role, or the default version of a managed policy. {@code holder} is the ARN of the entity
 * that holds the text (the principal, or the managed policy); {@code name} says which document of it
 * ({@code trust policy}, {@code inline policy NAME}, {@code default version v2}). {@code text} is the
 * document as IAM stores it: URL-decoded when AWS encoded it, else exactly as the file holds it; empty
 * when it could not be read, and then {@code problem} says why.
 */
public record AccountDocument(Kind kind, String holder, String holderName, String name, Optional<String> text,
                              Optional<String> problem) {

    /** How IAM uses the document, and so how ValidatePolicy is asked about it. */
    public enum Kind {
        /** A role's AssumeRolePolicyDocument: a resource policy of type AWS::IAM::AssumeRolePolicyDocument. */
        TRUST,
        /** An inline policy of a user, group or role: an identity policy. */
        INLINE,
        /** The default version of a managed policy: an identity policy. */
        MANAGED
    }

    /** One line naming the document for reviewers. */
    public String label() {
        return holderName + " " + name;
    }
}
