package dev.keyless.rulebook.steps;

import dev.keyless.compliance.AttachedPolicy;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.Request;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the request AWS would evaluate when the role's credentials call S3 or IAM: every policy
 * that reaches the role as identity policies, and the bucket's policy when the resource is in a
 * bucket of the stack. A policy the stack does not define cannot be evaluated, so no decision is made.
 */
final class RoleRequests {

    private RoleRequests() {}

    static Request request(StackIndex index, RoleUnderReview role, String action, String resource, boolean tls) {
        Request.Builder b = Request.builder(action, resource)
                .context("aws:SecureTransport", ContextKeyType.BOOLEAN, String.valueOf(tls));
        for (String policy : identityPolicies(role)) {
            b.identity(policy);
        }
        role.arn().ifPresent(arn -> {
            b.callerArn(arn);
            // AWS takes the owner as an account ARN (a bare account id is InvalidInput), so spell it so.
            String[] parts = arn.split(":");
            b.resourceOwner("arn:" + parts[1] + ":iam::" + parts[4] + ":root");
        });
        bucketPolicyFor(index, resource).ifPresent(b::resourcePolicy);
        return b.build();
    }

    static List<String> identityPolicies(RoleUnderReview role) {
        List<String> texts = new ArrayList<>();
        for (AttachedPolicy p : role.policies()) {
            if (p.document().isEmpty()) {
                throw new AssertionError(role.label() + ": " + p.via() + ": keyless cannot evaluate a policy the stack "
                        + "does not define, so it cannot say what AWS decides");
            }
            texts.add(p.document().get().text());
        }
        return texts;
    }

    private static Optional<String> bucketPolicyFor(StackIndex index, String resource) {
        for (StackResource bucket : index.buckets()) {
            Optional<String> name = StackIndex.bucketName(bucket);
            if (name.isPresent() && (resource.equals("arn:aws:s3:::" + name.get())
                    || resource.startsWith("arn:aws:s3:::" + name.get() + "/"))) {
                return index.bucketPolicy(bucket);
            }
        }
        return Optional.empty();
    }
}
