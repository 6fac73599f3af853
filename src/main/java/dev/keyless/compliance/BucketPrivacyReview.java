package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.AclGrant;
import dev.keyless.compliance.BucketSettings.PublicAccessBlock;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Each bucket of the stack, from either AWS provider, is private: public access blocked (on the bucket,
 * on every access point in front of it, and on the account when the stack sets that), no public grants,
 * encrypted, ACLs off.
 */
public final class BucketPrivacyReview {

    /** Canned ACLs that grant everyone or every AWS account, as the classic provider spells them (public-read) or CloudFormation does (PublicRead). */
    private static final Set<String> PUBLIC_CANNED_ACLS = Set.of("publicread", "publicreadwrite", "authenticatedread");
    private static final Set<String> SSE_ALGORITHMS = Set.of("AES256", "aws:kms", "aws:kms:dsse");
    private static final List<String> PUBLIC_GROUPS = List.of("acs.amazonaws.com/groups/global/AllUsers",
            "acs.amazonaws.com/groups/global/AuthenticatedUsers");

    private final StackIndex index;

    public BucketPrivacyReview(StackIndex index) {
        this.index = index;
    }

    public List<Violation> publicAccessIsBlocked() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            List<PublicAccessBlock> blocks = index.publicAccessBlocks(bucket);
            if (blocks.isEmpty()) {
                out.add(new Violation(label(bucket), "has no public access block"));
            }
            blocks.forEach(b -> allOn(label(bucket), b, false, out));
        }
        return out;
    }

    /**
     * Every access point and multi-region access point keeps its own block public access settings on.
     * Unset settings are on: "All block public access settings are enabled by default for access
     * points. You must explicitly disable any settings that you don't want" (Amazon S3 User Guide,
     * "Managing public access to access points").
     */
    public List<Violation> accessPointsBlockPublicAccess() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            for (AccessPoint ap : index.accessPoints(bucket)) {
                ap.block().ifPresent(b -> allOn(ap.label(), b, true, out));
            }
        }
        return out;
    }

    /** The account-level block, when the stack manages it, has all four settings on. */
    public List<Violation> accountBlocksPublicAccess() {
        List<Violation> out = new ArrayList<>();
        for (StackResource r : index.stack().ofType(ResourceTypes.ACCOUNT_PUBLIC_ACCESS_BLOCK)) {
            allOn("account public access block " + r.name(), S3Index.block(r.name(), r), false, out);
        }
        return out;
    }

    private static void allOn(String label, PublicAccessBlock block, boolean unsetIsOn, List<Violation> out) {
        for (String setting : PublicAccessBlock.NAMES) {
            Object v = block.settings().get(setting);
            if (!(Boolean.TRUE.equals(v) || (v == null && unsetIsOn))) {
                out.add(new Violation(label, block.label() + " has " + setting + " = "
                        + (v == null ? "(unset)" : v) + "; it must be true"));
            }
        }
    }

    /** No bucket policy allows everyone ({@code "*"}, {@code {"AWS": "*"}} or NotPrincipal). */
    public List<Violation> noPolicyGrantsEveryone() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            for (BucketPolicy p : index.bucketPolicies(bucket)) {
                p.document().flatMap(d -> d.policy()).ifPresent(doc -> doc.statements().stream()
                        .filter(Statement::allows)
                        .filter(s -> s.principals().filter(BucketPrivacyReview::everyone).isPresent())
                        .forEach(s -> out.add(new Violation(label(bucket), p.label() + ", statement " + s.index()
                                + " allows everyone (Principal \"*\")"))));
            }
        }
        return out;
    }

    public List<Violation> noPublicAcl() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            for (AclGrant acl : index.acls(bucket)) {
                acl.cannedAcl().filter(a -> PUBLIC_CANNED_ACLS.contains(cannedKey(a)))
                        .ifPresent(a -> out.add(new Violation(label(bucket), acl.label() + " sets the public canned ACL \"" + a + "\"")));
                acl.grantee().filter(g -> PUBLIC_GROUPS.stream().anyMatch(g::contains))
                        .ifPresent(g -> out.add(new Violation(label(bucket), acl.label() + " grants an ACL to " + g)));
            }
        }
        return out;
    }

    public List<Violation> objectsAreEncrypted() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            if (index.encryption(bucket).stream().noneMatch(e -> SSE_ALGORITHMS.contains(e.algorithm()))) {
                out.add(new Violation(label(bucket), "has no default server-side encryption (AES256 or aws:kms)"));
            }
        }
        return out;
    }

    public List<Violation> ownershipIsEnforced() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            if (!index.ownership(bucket).contains("BucketOwnerEnforced")) {
                out.add(new Violation(label(bucket), "has no BucketOwnershipControls with BucketOwnerEnforced, so ACLs still apply"));
            }
        }
        return out;
    }

    private static boolean everyone(PrincipalElement p) {
        return p.negated() || p.wildcard()
                || p.entries().stream().anyMatch(e -> e.values().stream().anyMatch(v -> v.value().equals("*")));
    }

    static String label(StackResource bucket) {
        return "bucket " + bucket.name();
    }

    /** {@code public-read} and {@code PublicRead} name the same canned ACL. */
    static String cannedKey(String acl) {
        return acl.toLowerCase(Locale.ROOT).replace("-", "");
    }
}
