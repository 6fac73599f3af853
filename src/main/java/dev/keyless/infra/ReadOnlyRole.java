package dev.keyless.infra;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;

import java.util.List;

/** The role a workload assumes with its Google ID token, and the one policy it holds. */
final class ReadOnlyRole {

    private ReadOnlyRole() {}

    /**
     * @param accountUniqueId the unique id of the service account the role trusts
     * @param prefixes        the key prefixes it may read; empty for the whole bucket
     * @param existingBucket  whether the bucket is outside the stack: its policy may not refuse plain HTTP,
     *                        so the role's own policy does
     */
    static Role create(FederationSettings settings, ResourceNames names, Output<String> accountUniqueId, String audience,
                       Output<String> bucketArn, List<String> prefixes, boolean existingBucket) {
        final var readPolicy = new Policy(names.policy(), PolicyArgs.builder()
                .description(prefixes.isEmpty() ? "List one bucket and read its objects; nothing else."
                        : "List and read " + prefixes.size() + (prefixes.size() == 1 ? " prefix" : " prefixes")
                        + " of one bucket; nothing else.")
                .policy(bucketArn.applyValue(arn -> PolicyDocuments.readOnly(arn, prefixes, existingBucket)))
                .build());

        final var role = new Role(names.role(), RoleArgs.builder()
                .description("Assumed by one GCP service account through accounts.google.com web identity.")
                .assumeRolePolicy(accountUniqueId
                        .applyValue(id -> PolicyDocuments.trust(id, audience, settings.organization())))
                .maxSessionDuration(settings.maxSessionDuration())
                .build());

        // An attachment resource, not Role.managedPolicyArns: that argument is deprecated and
        // would make the role own every attachment, detaching any added outside this stack.
        new RolePolicyAttachment(names.attachment(), RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(readPolicy.arn())
                .build());

        return role;
    }
}
