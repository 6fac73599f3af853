package dev.keyless.policy.access;

import java.util.Objects;

/**
 * A {@code CheckNoNewAccess} question: does {@code newPolicyDocument} allow anything
 * {@code existingPolicyDocument} does not? Used for drift: the deployed document against the
 * rendered one.
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoNewAccess.html">CheckNoNewAccess</a>
 */
public record NoNewAccessRequest(String newPolicyDocument, String existingPolicyDocument,
                                 AccessCheckPolicyType policyType) {

    public NoNewAccessRequest {
        Objects.requireNonNull(newPolicyDocument, "newPolicyDocument");
        Objects.requireNonNull(existingPolicyDocument, "existingPolicyDocument");
        Objects.requireNonNull(policyType, "policyType");
    }
}
