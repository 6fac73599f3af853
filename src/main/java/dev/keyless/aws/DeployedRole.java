package dev.keyless.aws;

import java.util.List;

/**
 * A role as IAM holds it after {@code pulumi up}: its trust policy and every policy that grants it
 * permissions, each document decoded from IAM's URL encoding into plain JSON text.
 */
public record DeployedRole(String roleName, String arn, String trustPolicy, List<ManagedPolicy> attachedPolicies,
                           List<InlinePolicy> inlinePolicies) {

    public DeployedRole {
        attachedPolicies = List.copyOf(attachedPolicies);
        inlinePolicies = List.copyOf(inlinePolicies);
    }

    /** An attached managed policy and the document of its default version. */
    public record ManagedPolicy(String policyArn, String policyName, String versionId, String document) {}

    /** An inline policy embedded in the role. */
    public record InlinePolicy(String policyName, String document) {}
}
