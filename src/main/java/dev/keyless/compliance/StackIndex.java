package dev.keyless.compliance;

import dev.keyless.compliance.google.WorkloadAccounts;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Joins a stack's resources the way AWS joins them: attachments to roles by role name, attached
 * policies by ARN, bucket settings to buckets by bucket name. Built once per snapshot.
 */
public final class StackIndex {

    private final StackSnapshot stack;
    private final List<RoleUnderReview> roles;
    private WorkloadAccounts workloadAccounts;

    public StackIndex(StackSnapshot stack) {
        this.stack = stack;
        this.roles = stack.ofType(ResourceTypes.ROLE).stream().map(this::review).toList();
    }

    /**
     * The service accounts whose tokens open a role of the stack: those whose unique id a trust policy
     * pins with accounts.google.com:aud or :sub (any operator), or the serviceAccountUniqueId output names.
     */
    public synchronized WorkloadAccounts workloadAccounts() {
        if (workloadAccounts == null) {
            Set<String> ids = new java.util.HashSet<>();
            stack.output("serviceAccountUniqueId").ifPresent(ids::add);
            for (RoleUnderReview role : roles) {
                role.trustPolicy().flatMap(p -> p.policy()).ifPresent(policy -> policy.statements().stream()
                        .filter(Statement::allows)
                        .flatMap(s -> s.conditions().stream())
                        .filter(c -> GoogleKeys.same(c.key().value(), GoogleKeys.AUD) || GoogleKeys.same(c.key().value(), GoogleKeys.SUB))
                        .flatMap(c -> c.values().stream())
                        .forEach(v -> ids.add(v.text())));
            }
            workloadAccounts = WorkloadAccounts.of(stack, ids);
        }
        return workloadAccounts;
    }

    public StackSnapshot stack() {
        return stack;
    }

    public List<RoleUnderReview> roles() {
        return roles;
    }

    /** Unique ids of the GCP service accounts the stack creates. */
    public Set<String> serviceAccountIds() {
        return stack.ofType(ResourceTypes.SERVICE_ACCOUNT).stream()
                .map(r -> r.string("uniqueId"))
                .flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The audience the workload requests, from the stack output the program exports. */
    public Optional<String> tokenAudience() {
        return stack.output("tokenAudience");
    }

    public List<StackResource> buckets() {
        return stack.resources().stream().filter(r -> ResourceTypes.BUCKETS.contains(r.type())).toList();
    }

    /**
     * Every bucket policy of the stack: a bucket's own {@code policy} property (the legacy
     * {@code aws:s3/bucket:Bucket} takes one) and every {@code BucketPolicy} resource, whichever bucket
     * it names. {@code document} is empty when the text cannot be read (e.g. an encrypted secret).
     */
    public List<BucketPolicy> bucketPolicies() {
        List<BucketPolicy> out = new ArrayList<>();
        for (StackResource bucket : buckets()) {
            bucket.property("policy").filter(p -> SecretValue.reveal(p) != null)
                    .ifPresent(p -> out.add(new BucketPolicy("policy of bucket " + bucket.name(), PolicyText.parse(p))));
        }
        for (StackResource p : stack.ofType(ResourceTypes.BUCKET_POLICY)) {
            out.add(new BucketPolicy("bucket policy " + p.name(), PolicyText.parse(p.property("policy").orElse(null))));
        }
        return out;
    }

    /** The ARNs of the stack's buckets ({@code arn:aws:s3:::NAME}). */
    public List<String> bucketArns() {
        return new BucketArns(this).all();
    }

    /** The policy of a bucket: its BucketPolicy resource, or the bucket's own {@code policy} property. */
    public Optional<String> bucketPolicy(StackResource bucket) {
        return forBucket(bucket, Set.of(ResourceTypes.BUCKET_POLICY)).stream()
                .map(p -> p.string("policy")).flatMap(Optional::stream).findFirst()
                .or(() -> bucket.string("policy"));
    }

    /** The bucket's name as other resources refer to it. */
    public static Optional<String> bucketName(StackResource bucket) {
        return bucket.string("bucket").or(bucket::id);
    }

    /** Resources of the given types whose {@code bucket} property names this bucket. */
    public List<StackResource> forBucket(StackResource bucket, Set<String> types) {
        Optional<String> name = bucketName(bucket);
        return stack.resources().stream()
                .filter(r -> types.contains(r.type()))
                .filter(r -> name.isPresent() && name.equals(r.string("bucket")))
                .toList();
    }

    private RoleUnderReview review(StackResource role) {
        String name = role.string("name").or(role::id).orElse(role.name());
        List<AttachedPolicy> policies = new ArrayList<>();
        inlinePolicies(role).forEach(policies::add);
        for (StackResource r : stack.resources()) {
            if (r.isType(ResourceTypes.ROLE_POLICY) && refersTo(r.string("role"), role, name)) {
                policies.add(new AttachedPolicy("inline RolePolicy " + r.name(), Optional.empty(),
                        PolicyText.parse(r.property("policy").orElse(null))));
            } else if (r.isType(ResourceTypes.ROLE_POLICY_ATTACHMENT) && refersTo(r.string("role"), role, name)) {
                r.string("policyArn").ifPresent(arn -> policies.add(byArn(arn, "RolePolicyAttachment " + r.name())));
            } else if (r.isType(ResourceTypes.POLICY_ATTACHMENT)
                    && strings(r.property("roles")).anyMatch(n -> refersTo(Optional.of(n), role, name))) {
                r.string("policyArn").ifPresent(arn -> policies.add(byArn(arn, "PolicyAttachment " + r.name())));
            } else if (r.isType(ResourceTypes.ROLE_POLICY_ATTACHMENTS_EXCLUSIVE)
                    && refersTo(r.string("roleName"), role, name)) {
                strings(r.property("policyArns"))
                        .forEach(arn -> policies.add(byArn(arn, "RolePolicyAttachmentsExclusive " + r.name())));
            }
        }
        strings(role.property("managedPolicyArns"))
                .forEach(arn -> policies.add(byArn(arn, "managedPolicyArns of role " + role.name())));
        return new RoleUnderReview(role, name, role.string("arn"),
                PolicyText.parse(role.property("assumeRolePolicy").orElse(null)), policies);
    }

    private Stream<AttachedPolicy> inlinePolicies(StackResource role) {
        Object v = SecretValue.reveal(role.property("inlinePolicies").orElse(null));
        if (!(v instanceof List<?> list)) {
            return Stream.empty();
        }
        return list.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .filter(m -> m.get("policy") != null)
                .map(m -> new AttachedPolicy("inlinePolicies[" + m.get("name") + "] of role " + role.name(),
                        Optional.empty(), PolicyText.parse(m.get("policy"))));
    }

    private AttachedPolicy byArn(String arn, String via) {
        Optional<StackResource> policy = stack.ofType(ResourceTypes.POLICY).stream()
                .filter(p -> p.string("arn").filter(arn::equals).isPresent())
                .findFirst();
        return policy
                .map(p -> new AttachedPolicy(via + " → policy " + p.name(), Optional.of(arn),
                        PolicyText.parse(p.property("policy").orElse(null))))
                .orElseGet(() -> new AttachedPolicy(via + " → " + arn + " (not defined in the stack)",
                        Optional.of(arn), Optional.empty()));
    }

    private static boolean refersTo(Optional<String> reference, StackResource role, String name) {
        if (reference.isEmpty()) {
            return false;
        }
        String ref = reference.get();
        return ref.equals(name) || role.id().filter(ref::equals).isPresent()
                || role.string("arn").filter(ref::equals).isPresent();
    }

    private static Stream<String> strings(Optional<Object> property) {
        Object v = SecretValue.reveal(property.orElse(null));
        if (v instanceof List<?> list) {
            return list.stream().map(SecretValue::reveal).filter(Objects::nonNull).map(Object::toString);
        }
        return Stream.empty();
    }
}
