package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.AclGrant;
import dev.keyless.compliance.S3Grants.Target;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who can reach the stack's buckets, over every principal and every door: the identity policies of
 * every role, user and group of the stack (however attached, from either provider), the policies of
 * each bucket and of every access point in front of it, and its ACLs. Only the workload's role may be
 * granted S3 actions on a bucket's data, and only those the rule book allows it. Every bucket of the
 * stack is judged, not only the one the outputs name, so that an output pointing elsewhere hides none.
 */
public final class BucketReachReview {

    private final StackIndex index;
    private final S3Grants grants;
    private final Grantees grantees;

    public BucketReachReview(StackIndex index, IamCatalog catalog) {
        this.index = index;
        this.grants = new S3Grants(catalog);
        this.grantees = new Grantees(index);
    }

    /** No principal but the workload's role is granted any S3 action on the bucket, its objects or its access points. */
    public List<Violation> onlyTheWorkloadRoleReachesTheBucket() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            identityGrants(bucket, out, null);
            resourceGrants(bucket, out, null);
            aclGrants(bucket, out);
            onePolicy(bucket, out);
        }
        outsideTheStack(out, null);
        return out;
    }

    /** No policy, identity or resource, grants the workload's role any of {@code forbidden} on the bucket's data. */
    public List<Violation> workloadRoleIsGrantedNoneOf(Set<String> forbidden) {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            identityGrants(bucket, out, forbidden);
            resourceGrants(bucket, out, forbidden);
        }
        outsideTheStack(out, forbidden);
        return out;
    }

    /** The workload's bucket when the stack only names it (an existing bucket): identity grants on it still count. */
    private void outsideTheStack(List<Violation> out, Set<String> forbidden) {
        List<String> inStack = index.buckets().stream().map(StackIndex::bucketArn).flatMap(java.util.Optional::stream).toList();
        index.bucketArns().stream().filter(arn -> !inStack.contains(arn))
                .forEach(arn -> identityGrants(arn, List.of(), "bucket " + arn, out, forbidden));
    }

    /**
     * A bucket holds one policy: with two in the stack, which one AWS keeps depends on the order of the
     * deploy, so the policy reviewed may not be the one in force.
     */
    private void onePolicy(StackResource bucket, List<Violation> out) {
        List<BucketPolicy> policies = index.bucketPolicies(bucket);
        if (policies.size() > 1) {
            out.add(new Violation(BucketPrivacyReview.label(bucket), "has " + policies.size() + " bucket policies ("
                    + String.join(", ", policies.stream().map(BucketPolicy::label).toList()) + "); S3 keeps one, so which "
                    + "one applies depends on the order of the deploy: merge them into one"));
        }
    }

    private void identityGrants(StackResource bucket, List<Violation> out, Set<String> forbidden) {
        StackIndex.bucketArn(bucket).ifPresent(arn ->
                identityGrants(arn, index.accessPoints(bucket), BucketPrivacyReview.label(bucket), out, forbidden));
    }

    /**
     * Identity policies. With {@code forbidden} null, every principal but the workload's role that is
     * granted anything; otherwise the workload's role granted something forbidden.
     */
    private void identityGrants(String bucketArn, List<AccessPoint> aps, String bucketLabel, List<Violation> out,
                                Set<String> forbidden) {
        List<Target> targets = S3Grants.targets(bucketArn, aps);
        for (IamIdentity who : index.identities()) {
            boolean workload = index.isWorkloadRole(who);
            if (workload == (forbidden == null)) {
                continue;
            }
            for (AttachedPolicy p : who.policies()) {
                if (p.document().isEmpty() || p.document().get().policy().isEmpty()) {
                    if (!workload) {
                        out.add(new Violation(who.label(), p.via() + ": keyless cannot read what it grants, so it may "
                                + "reach " + bucketLabel + "; define the policy in the stack"));
                    }
                    continue;
                }
                for (Statement s : p.document().get().policy().get().statements()) {
                    if (!s.allows()) {
                        continue;
                    }
                    Set<String> granted = restrict(grants.granted(s, targets), forbidden);
                    if (!granted.isEmpty()) {
                        out.add(new Violation(who.label(), where(p.via(), s) + " grants " + S3Grants.describe(granted)
                                + " on " + bucketLabel + (workload ? "" : "; only the workload's role may reach it")));
                    }
                }
            }
        }
    }

    /** Bucket and access point policies: grants to anyone else, or (with {@code forbidden}) forbidden grants to the role. */
    private void resourceGrants(StackResource bucket, List<Violation> out, Set<String> forbidden) {
        String arn = StackIndex.bucketArn(bucket).orElse("arn:aws:s3:::" + bucket.name());
        List<AccessPoint> aps = index.accessPoints(bucket);
        for (BucketPolicy p : index.bucketPolicies(bucket)) {
            resourcePolicy(BucketPrivacyReview.label(bucket), p, S3Grants.targets(arn, aps), out, forbidden);
        }
        for (AccessPoint ap : aps) {
            for (BucketPolicy p : ap.policies()) {
                resourcePolicy(ap.label(), p, S3Grants.accessPointTargets(ap), out, forbidden);
            }
        }
    }

    private void resourcePolicy(String holder, BucketPolicy p, List<Target> targets, List<Violation> out, Set<String> forbidden) {
        if (p.document().isEmpty() || p.document().get().policy().isEmpty()) {
            if (forbidden == null) {
                out.add(new Violation(holder, p.label() + ": keyless cannot read it, so it may grant anyone access"));
            }
            return;
        }
        for (Statement s : p.document().get().policy().get().statements()) {
            if (!s.allows()) {
                continue;
            }
            Set<String> granted = grants.granted(s, targets);
            if (granted.isEmpty()) {
                continue;
            }
            for (Grantee g : grantees.of(s)) {
                if (forbidden == null && g.notTheWorkload()) {
                    out.add(new Violation(holder, where(p.label(), s) + " grants " + S3Grants.describe(granted) + " to "
                            + g.description() + "; only the workload's role may reach the bucket"));
                } else if (forbidden != null && g.kind() == Grantee.Kind.WORKLOAD_ROLE) {
                    Set<String> bad = restrict(granted, forbidden);
                    if (!bad.isEmpty()) {
                        out.add(new Violation(holder, where(p.label(), s) + " grants " + S3Grants.describe(bad)
                                + " to " + g.description()));
                    }
                }
            }
        }
    }

    /**
     * ACLs: the only canned ACL that grants nobody else is {@code private}; a grant to anyone but the
     * bucket owner (its canonical id, when the stack names it) reaches the bucket around every policy.
     */
    private void aclGrants(StackResource bucket, List<Violation> out) {
        List<String> owners = index.aclOwners(bucket);
        for (AclGrant acl : index.acls(bucket)) {
            acl.cannedAcl().filter(a -> !BucketPrivacyReview.cannedKey(a).equals("private"))
                    .ifPresent(a -> out.add(new Violation(BucketPrivacyReview.label(bucket), acl.label()
                            + " sets the canned ACL \"" + a + "\", which grants others than the bucket owner")));
            acl.grantee().filter(g -> !owners.contains(g))
                    .ifPresent(g -> out.add(new Violation(BucketPrivacyReview.label(bucket), acl.label()
                            + " grants an ACL to " + g + "; only the workload's role may reach the bucket")));
        }
    }

    private static Set<String> restrict(Set<String> granted, Set<String> forbidden) {
        if (forbidden == null) {
            return granted;
        }
        Set<String> out = new LinkedHashSet<>();
        granted.stream().filter(a -> forbidden.stream().anyMatch(f -> f.equalsIgnoreCase(a))).forEach(out::add);
        return out;
    }

    static String where(String via, Statement s) {
        return via + ", statement " + s.index() + s.sid().filter(t -> !t.value().isEmpty())
                .map(t -> " (Sid \"" + t.value() + "\")").orElse("");
    }
}
