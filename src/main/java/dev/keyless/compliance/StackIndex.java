package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.Destination;
import dev.keyless.compliance.google.WorkloadAccounts;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stack's resources joined the way AWS joins them, from both AWS providers: policies to principals by
 * name or ARN (ignoring case, as IAM does), bucket settings and access points to buckets by bucket name,
 * keys to buckets by key id, ARN or alias. Built once per snapshot; the reviews read only this.
 */
public final class StackIndex {

    /** The stack output that names the bucket the workload reads (the program exports it). */
    public static final String BUCKET_OUTPUT = "bucketName";
    /** The stack output that names the workload's role (the program exports it). */
    public static final String ROLE_OUTPUT = "roleArn";

    private final StackSnapshot stack;
    private final IamIndex iam;
    private final S3Index s3;
    private final AccessPoints accessPoints;
    private final DataDestinations destinations;
    private final KmsKeys kms;
    private final Optional<String> account;
    private WorkloadAccounts workloadAccounts;

    public StackIndex(StackSnapshot stack) {
        this.stack = stack;
        this.account = accountOf(stack);
        this.iam = new IamIndex(stack, account.orElse("000000000000"));
        this.s3 = new S3Index(stack);
        this.accessPoints = new AccessPoints(stack);
        this.destinations = new DataDestinations(stack, s3);
        this.kms = new KmsKeys(stack);
    }

    /**
     * The service accounts whose tokens open a role of the stack: those whose unique id a trust policy
     * pins with accounts.google.com:aud or :sub (any operator), or the serviceAccountUniqueId output names.
     */
    public synchronized WorkloadAccounts workloadAccounts() {
        if (workloadAccounts == null) {
            Set<String> ids = new java.util.HashSet<>();
            stack.output("serviceAccountUniqueId").ifPresent(ids::add);
            for (RoleUnderReview role : roles()) {
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

    /** Every IAM role of the stack, from either provider. */
    public List<RoleUnderReview> roles() {
        return iam.roles();
    }

    /**
     * The role the workload assumes, as the stack's {@code roleArn} output names it (ARNs compared as
     * IAM compares role names, ignoring case). A stack without that output has every role taken as the
     * workload's, so that none escapes the rules written for it.
     */
    public List<RoleUnderReview> workloadRoles() {
        Optional<String> named = stack.output(ROLE_OUTPUT);
        if (named.isEmpty()) {
            return roles();
        }
        return roles().stream().filter(r -> r.arn().filter(named.get()::equalsIgnoreCase).isPresent()).toList();
    }

    /** Whether an identity is one of the workload's roles. */
    public boolean isWorkloadRole(IamIdentity identity) {
        return identity.kind() == IamIdentity.Kind.ROLE
                && workloadRoles().stream().anyMatch(r -> identity.resource().filter(r.resource().name()::equals).isPresent());
    }

    /** Every role, user and group policies of the stack reach, each with those policies. */
    public List<IamIdentity> identities() {
        return iam.identities();
    }

    /** The AWS account the stack deploys into, read from the ARNs of its roles; empty when none says. */
    public Optional<String> account() {
        return account;
    }

    /** The AWS region of the stack's AWS provider, when the export records it. */
    public Optional<String> region() {
        return stack.resources().stream().filter(r -> r.type().equals("pulumi:providers:aws")
                        || r.type().equals("pulumi:providers:aws-native"))
                .map(r -> r.string("region")).flatMap(Optional::stream).findFirst();
    }

    /** Unique ids of the GCP service accounts the stack creates. */
    public Set<String> serviceAccountIds() {
        return stack.ofType(ResourceTypes.SERVICE_ACCOUNT).stream()
                .map(r -> r.string("uniqueId"))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The audience the workload requests, from the stack output the program exports. */
    public Optional<String> tokenAudience() {
        return stack.output("tokenAudience");
    }

    /** Every bucket of the stack, from either provider. */
    public List<StackResource> buckets() {
        return s3.buckets();
    }

    /**
     * "The bucket": the one the workload reads, as the stack's {@code bucketName} output names it. A
     * stack without that output (a hand-made export) has every bucket taken as the workload's.
     */
    public List<StackResource> dataBuckets() {
        Optional<String> named = stack.output(BUCKET_OUTPUT);
        if (named.isEmpty()) {
            return buckets();
        }
        return buckets().stream().filter(b -> S3Index.name(b).equals(named)).toList();
    }

    /** The ARNs of the data buckets ({@code arn:aws:s3:::NAME}), including a named bucket the stack does not create. */
    public List<String> bucketArns() {
        List<String> out = new ArrayList<>(dataBuckets().stream().map(S3Index::arn).flatMap(Optional::stream).toList());
        stack.output(BUCKET_OUTPUT).map(n -> "arn:aws:s3:::" + n).filter(a -> !out.contains(a)).ifPresent(out::add);
        return out;
    }

    /** Every bucket policy document of the stack, whichever bucket it names, for validation. */
    public List<BucketPolicy> bucketPolicies() {
        List<BucketPolicy> out = new ArrayList<>();
        for (StackResource bucket : buckets()) {
            S3Index.ownPolicy(bucket).ifPresent(out::add);
        }
        for (StackResource p : stack.resources()) {
            if (ResourceTypes.BUCKET_POLICIES.contains(p.type())) {
                out.add(new BucketPolicy("bucket policy " + p.name(),
                        PolicyText.parse(Props.first(p, "policy", "policyDocument").orElse(null))));
            }
        }
        return out;
    }

    /** The policies that apply to one bucket. */
    public List<BucketPolicy> bucketPolicies(StackResource bucket) {
        return s3.policies(bucket);
    }

    /** The policy of a bucket (AWS keeps one per bucket: the first the stack sets), as text. */
    public Optional<String> bucketPolicy(StackResource bucket) {
        return s3.policies(bucket).stream().map(BucketPolicy::document).flatMap(Optional::stream)
                .map(d -> d.text()).findFirst();
    }

    /** The bucket's name as other resources refer to it. */
    public static Optional<String> bucketName(StackResource bucket) {
        return S3Index.name(bucket);
    }

    /** The bucket's ARN. */
    public static Optional<String> bucketArn(StackResource bucket) {
        return S3Index.arn(bucket);
    }

    /** Resources of the given types whose {@code bucket} property names this bucket. */
    public List<StackResource> forBucket(StackResource bucket, Set<String> types) {
        return s3.forBucket(bucket, types);
    }

    List<BucketSettings.PublicAccessBlock> publicAccessBlocks(StackResource bucket) {
        return s3.publicAccessBlocks(bucket);
    }

    List<BucketSettings.Encryption> encryption(StackResource bucket) {
        return s3.encryption(bucket);
    }

    List<String> ownership(StackResource bucket) {
        return s3.ownership(bucket);
    }

    List<BucketSettings.AclGrant> acls(StackResource bucket) {
        return s3.acls(bucket);
    }

    List<String> aclOwners(StackResource bucket) {
        return s3.aclOwners(bucket);
    }

    /** The access points and multi-region access points in front of a bucket. */
    public List<AccessPoint> accessPoints(StackResource bucket) {
        return accessPoints.of(bucket);
    }

    /** Where S3 delivers the bucket's objects or records about them. */
    public List<Destination> destinations(StackResource bucket) {
        return destinations.of(bucket);
    }

    Optional<KmsKeys.Key> kmsKey(String reference) {
        return kms.find(reference);
    }

    private static Optional<String> accountOf(StackSnapshot stack) {
        return stack.resources().stream().filter(r -> ResourceTypes.ROLES.contains(r.type()))
                .map(r -> r.string("arn")).flatMap(Optional::stream)
                .map(IamNames::account).flatMap(Optional::stream).findFirst();
    }
}
