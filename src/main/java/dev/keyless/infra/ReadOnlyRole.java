package dev.keyless.infra;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.gcp.serviceaccount.Account;

/** The role the workload assumes with its Google ID token, and the one policy it holds. */
final class ReadOnlyRole {

    private ReadOnlyRole() {}

    static Role create(FederationSettings settings, Account serviceAccount, BucketV2 bucket) {
        final var readPolicy = new Policy("s3-read-policy", PolicyArgs.builder()
                .description("List one bucket and read its objects; nothing else.")
                .policy(bucket.arn().applyValue(PolicyDocuments::readOnly))
                .build());

        final var role = new Role("s3-reader-role", RoleArgs.builder()
                .description("Assumed by one GCP service account through accounts.google.com web identity.")
                .assumeRolePolicy(serviceAccount.uniqueId()
                        .applyValue(id -> PolicyDocuments.trust(id, settings.tokenAudience())))
                .maxSessionDuration(settings.maxSessionDuration())
                .build());

        // An attachment resource, not Role.managedPolicyArns: that argument is deprecated and
        // would make the role own every attachment, detaching any added outside this stack.
        new RolePolicyAttachment("s3-read-policy-attachment", RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(readPolicy.arn())
                .build());

        return role;
    }
}
