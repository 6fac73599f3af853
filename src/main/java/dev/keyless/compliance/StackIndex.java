package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.Destination;
import dev.keyless.compliance.google.WorkloadAccounts;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /** The stack output that names the Google Cloud organization every trust pins, when one is configured. */
    public static final String ORGANIZATION_OUTPUT = "googleOrganizationNumber";

    private final StackSnapshot stack;
    private final IamIndex iam;
    private final S3Index s3;
    private final AccessPoints accessPoints;
    private final DataDestinations destinations;
    private final KmsKeys kms;
    private final Optional<String> account;
    private final Set<String> createdAccountIds;
    private final List<WorkloadUnderReview> workloads;
    private final List<RoleUnderReview> workloadRoles;
    private final Set<String> workloadRoleResources = new HashSet<>();
    private final Map<RoleUnderReview, WorkloadUnderReview> workloadOfRole = new IdentityHashMap<>();
    private WorkloadAccounts workloadAccounts;

    /** The last stack indexed and its index: every scenario of a run reads the same snapshot. */
    private static StackSnapshot lastStack;
    private static StackIndex lastIndex;

    public StackIndex(StackSnapshot stack) {
        this.stack = stack;
        this.account = accountOf(stack);
        this.iam = new IamIndex(stack, account.orElse("000000000000"));
        this.s3 = new S3Index(stack);
        this.accessPoints = new AccessPoints(stack);
        this.destinations = new DataDestinations(stack, s3);
        this.kms = new KmsKeys(stack);
        this.createdAccountIds = stack.ofType(ResourceTypes.SERVICE_ACCOUNT).stream()
                .map(r -> r.string("uniqueId")).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
        this.workloads = WorkloadOutputs.read(stack, iam.roles(), this::arnsOfBucket, createdAccountIds);
        Set<RoleUnderReview> roles = new LinkedHashSet<>();
        for (WorkloadUnderReview w : workloads) {
            for (RoleUnderReview r : w.roles()) {
                roles.add(r);
                workloadRoleResources.add(r.resource().name());
                workloadOfRole.putIfAbsent(r, w);
            }
        }
        this.workloadRoles = List.copyOf(roles);
    }

    /**
     * The index of {@code stack}, built once for the snapshot a run judges (every scenario, the gate and
     * the reports read the same one). The index holds no state that a review changes.
     */
    public static synchronized StackIndex of(StackSnapshot stack) {
        if (lastStack != stack) {
            lastIndex = new StackIndex(stack);
            lastStack = stack;
        }
        return lastIndex;
    }

    /**
     * The service accounts whose tokens open a role of the stack: those whose unique id a trust policy
     * pins with accounts.google.com:aud or :sub (any operator), or the outputs name (serviceAccountUniqueId, or
     * each workload's), and the existing accounts the workloads output names.
     */
    public synchronized WorkloadAccounts workloadAccounts() {
        if (workloadAccounts == null) {
            Set<String> ids = new java.util.HashSet<>();
            stack.output("serviceAccountUniqueId").ifPresent(ids::add);
            workloads.stream().filter(WorkloadUnderReview::listed).forEach(w -> ids.addAll(w.accountIds()));
            for (RoleUnderReview role : roles()) {
                role.trustPolicy().flatMap(p -> p.policy()).ifPresent(policy -> policy.statements().stream()
                        .filter(Statement::allows)
                        .flatMap(s -> s.conditions().stream())
                        .filter(c -> GoogleKeys.same(c.key().value(), GoogleKeys.AUD) || GoogleKeys.same(c.key().value(), GoogleKeys.SUB))
                        .flatMap(c -> c.values().stream())
                        .forEach(v -> ids.add(v.text())));
            }
            List<WorkloadAccounts.Account> existing = new ArrayList<>();
            workloads.stream().filter(WorkloadUnderReview::listed).forEach(w -> w.accountEmail().ifPresent(email ->
                    w.accountIds().forEach(id -> existing.add(WorkloadAccounts.Account.existing(email, id)))));
            workloadAccounts = WorkloadAccounts.of(stack, ids, existing);
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
     * The workloads, as the stack's outputs tie roles, accounts, audiences, buckets and prefixes together
     * ({@link WorkloadOutputs}): one per entry of the {@code workloads} output, else the single workload
     * of the flat outputs.
     */
    public List<WorkloadUnderReview> workloads() {
        return workloads;
    }

    /** The workload a role belongs to, if the outputs tie it to one. */
    public Optional<WorkloadUnderReview> workloadOf(RoleUnderReview role) {
        return Optional.ofNullable(workloadOfRole.get(role));
    }

    /**
     * The roles the workloads assume, as the outputs name them ({@code roleArn}, or each entry's, ARNs
     * compared as IAM compares role names, ignoring case). A stack without them has every role taken as
     * the workload's, so that none escapes the rules written for it.
     */
    public List<RoleUnderReview> workloadRoles() {
        return workloadRoles;
    }

    /** Whether an identity is one of the workloads' roles. */
    public boolean isWorkloadRole(IamIdentity identity) {
        return identity.kind() == IamIdentity.Kind.ROLE
                && identity.resource().filter(workloadRoleResources::contains).isPresent();
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

    /**
     * Unique ids of the GCP service accounts of the stack: those it creates, and the existing accounts its
     * {@code workloads} output names (the program reads their ids when it runs).
     */
    public Set<String> serviceAccountIds() {
        if (workloads.stream().noneMatch(WorkloadUnderReview::listed)) {
            return createdAccountIds;
        }
        Set<String> out = new HashSet<>(createdAccountIds);
        workloads.forEach(w -> out.addAll(w.accountIds()));
        return Set.copyOf(out);
    }

    /** The audience the single workload requests, from the flat output the program exports. */
    public Optional<String> tokenAudience() {
        return stack.output("tokenAudience");
    }

    /** The Google Cloud organization the stack pins its trusts to ({@code googleOrganizationNumber} output), if any. */
    public Optional<String> googleOrganization() {
        return stack.output(ORGANIZATION_OUTPUT);
    }

    /** Every audience a workload of the stack requests. */
    public Set<String> tokenAudiences() {
        Set<String> out = new LinkedHashSet<>();
        workloads.forEach(w -> w.audience().ifPresent(out::add));
        return out;
    }

    /** Every bucket of the stack, from either provider. */
    public List<StackResource> buckets() {
        return s3.buckets();
    }

    /**
     * The ARNs of the buckets the workloads read ({@code arn:aws:s3:::NAME}), including a named bucket the
     * stack does not create. A stack whose outputs name none has every bucket taken as the workload's.
     */
    public List<String> bucketArns() {
        Set<String> out = new LinkedHashSet<>();
        workloads.forEach(w -> out.addAll(w.bucketArns()));
        return List.copyOf(out);
    }

    /** The stack's buckets the workloads read. */
    public List<StackResource> dataBuckets() {
        Set<String> arns = new HashSet<>(bucketArns());
        return buckets().stream().filter(b -> S3Index.arn(b).filter(arns::contains).isPresent()).toList();
    }

    /** "The bucket" named {@code name}: the stack's bucket(s) of that name and {@code arn:aws:s3:::NAME}; all of them for no name. */
    private List<String> arnsOfBucket(Optional<String> name) {
        List<StackResource> named = name.isEmpty() ? buckets() : s3.byName(name.get());
        List<String> out = new ArrayList<>(named.stream().map(S3Index::arn).flatMap(Optional::stream).toList());
        name.map(n -> "arn:aws:s3:::" + n).filter(a -> !out.contains(a)).ifPresent(out::add);
        return out;
    }

    /** The stack's bucket an ARN names, or contains ({@code arn:aws:s3:::NAME/KEY}). */
    public Optional<StackResource> bucketAt(String arn) {
        return s3.byArn(arn);
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
