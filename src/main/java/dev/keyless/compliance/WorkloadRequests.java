package dev.keyless.compliance;

import dev.keyless.policy.eval.Request;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request AWS evaluates when a session of a role of the stack calls S3 or IAM: every policy that
 * reaches the role as identity policies, its permissions boundary, the bucket's policy when the
 * resource is in a bucket of the stack, and the context AWS always sets ({@link CallerContext}). A
 * policy the stack does not define cannot be evaluated, so no decision is made.
 */
public final class WorkloadRequests {

    private WorkloadRequests() {}

    public static Request request(StackIndex index, RoleUnderReview role, String action, String resource, boolean tls) {
        Request.Builder b = Request.builder(action, resource);
        for (String policy : identityPolicies(role)) {
            b.identity(policy);
        }
        role.boundary().flatMap(AttachedPolicy::document).ifPresent(d -> b.boundary(d.text()));
        Optional<String> bucketPolicy = bucketPolicyFor(index, resource);
        bucketPolicy.ifPresent(b::resourcePolicy);
        String arn = role.arn().orElse(IamNames.arn(index.account().orElse("000000000000"), "role", role.roleName()));
        Optional<String> owner = resourceAccount(index, resource);
        // The simulator's default owner of an ARN without an account is the caller's account; say so explicitly.
        IamNames.account(arn).ifPresent(a -> b.resourceOwner("arn:aws:iam::" + a + ":root"));
        return CallerContext.request(b, CallerContext.Kind.ROLE_SESSION, arn, role.roleName(), role.uniqueId(),
                index.region(), owner, tls).build();
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

    /** The account owning a resource: the one in its ARN, or this account for a bucket of the stack. */
    private static Optional<String> resourceAccount(StackIndex index, String resource) {
        Optional<String> inArn = IamNames.account(resource);
        if (inArn.isPresent()) {
            return inArn;
        }
        return bucketOf(index, resource).isPresent() ? index.account() : Optional.empty();
    }

    private static Optional<StackResource> bucketOf(StackIndex index, String resource) {
        for (StackResource bucket : index.buckets()) {
            Optional<String> arn = StackIndex.bucketArn(bucket);
            if (arn.isPresent() && (resource.equals(arn.get()) || resource.startsWith(arn.get() + "/"))) {
                return Optional.of(bucket);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> bucketPolicyFor(StackIndex index, String resource) {
        return bucketOf(index, resource).flatMap(index::bucketPolicy);
    }
}
