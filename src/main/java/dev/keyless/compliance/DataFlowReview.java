package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.Destination;
import dev.keyless.compliance.BucketSettings.Encryption;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bucket's data stays in the account: nothing S3 delivers (replicas, inventory reports, access
 * logs, analysis and Storage Lens exports) goes to a bucket outside the stack or the account, and the
 * KMS keys that encrypt it let nobody outside the account use them.
 */
public final class DataFlowReview {

    /** AWS managed keys: their policies are AWS's, and let only the owning account use them through S3. */
    private static final String AWS_MANAGED_S3_KEY = "alias/aws/s3";

    private final StackIndex index;
    private final Grantees grantees;

    public DataFlowReview(StackIndex index) {
        this.index = index;
        this.grantees = new Grantees(index);
    }

    /** Every destination is a bucket of this stack, or one the stack pins to this account. */
    public List<Violation> deliveriesStayInTheAccount() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            for (Destination d : index.destinations(bucket)) {
                check(BucketPrivacyReview.label(bucket), d, out);
            }
        }
        return out;
    }

    private void check(String holder, Destination d, List<Violation> out) {
        String name = d.bucket().startsWith("arn:") ? d.bucket().substring(d.bucket().lastIndexOf(':') + 1) : d.bucket();
        if (name.isEmpty()) {
            out.add(new Violation(holder, d.label() + " delivers " + d.what() + " to a destination keyless cannot read"));
            return;
        }
        boolean ours = index.buckets().stream().map(StackIndex::bucketName).flatMap(Optional::stream).anyMatch(name::equals);
        if (ours) {
            return;
        }
        if (d.account().isPresent() && d.account().equals(index.account())) {
            return;
        }
        out.add(new Violation(holder, d.label() + " delivers " + d.what() + " to the bucket " + name + ", which is "
                + (d.account().map(a -> "in the account " + a).orElse("not a bucket of this stack and not pinned to this account")
                + "; data must not leave the account")));
    }

    /**
     * Every KMS key that encrypts a bucket of the stack is a key of the stack whose policies and grants
     * let nobody outside the account use it. A key the stack does not define cannot be reviewed, except
     * the AWS managed key for S3.
     */
    public List<Violation> keysStayInTheAccount() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            for (Encryption e : index.encryption(bucket)) {
                if (e.kmsKey().isEmpty() || e.kmsKey().get().endsWith(AWS_MANAGED_S3_KEY)) {
                    continue;
                }
                String ref = e.kmsKey().get();
                Optional<KmsKeys.Key> key = index.kmsKey(ref);
                if (key.isEmpty()) {
                    out.add(new Violation(BucketPrivacyReview.label(bucket), e.label() + " encrypts with the KMS key "
                            + ref + ", which the stack does not define, so keyless cannot review who may use it"));
                    continue;
                }
                review(key.get(), out);
            }
        }
        return out.stream().distinct().toList();
    }

    private void review(KmsKeys.Key key, List<Violation> out) {
        String label = "KMS key " + key.resource().name();
        for (BucketPolicy p : key.policies()) {
            if (p.document().isEmpty() || p.document().get().policy().isEmpty()) {
                out.add(new Violation(label, p.label() + ": keyless cannot read it, so it may let anyone use the key"));
                continue;
            }
            for (Statement s : p.document().get().policy().get().statements()) {
                if (!s.allows()) {
                    continue;
                }
                for (Grantee g : grantees.of(s)) {
                    if (g.outside()) {
                        out.add(new Violation(label, BucketReachReview.where(p.label(), s) + " lets " + g.description()
                                + " use the key; only this account may"));
                    }
                }
            }
        }
        for (StackResource grant : key.grants()) {
            String grantee = Props.string(grant, "granteePrincipal").orElse("");
            boolean own = IamNames.account(grantee).equals(index.account()) && index.account().isPresent();
            if (!own) {
                out.add(new Violation(label, "grant " + grant.name() + " lets " + (grantee.isEmpty() ? "an unnamed principal" : grantee)
                        + " use the key; only principals of this account may"));
            }
        }
    }
}
