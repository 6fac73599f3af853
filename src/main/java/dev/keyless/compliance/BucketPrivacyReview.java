package dev.keyless.compliance;

import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Each bucket of the stack is private: public access blocked, no public grants, encrypted, ACLs off. */
public final class BucketPrivacyReview {

    private static final List<String> BLOCK_SETTINGS =
            List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets");
    private static final Set<String> PUBLIC_CANNED_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");
    private static final Set<String> SSE_ALGORITHMS = Set.of("AES256", "aws:kms", "aws:kms:dsse");

    private final StackIndex index;

    public BucketPrivacyReview(StackIndex index) {
        this.index = index;
    }

    public List<Violation> publicAccessIsBlocked() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            List<StackResource> blocks = index.forBucket(bucket, Set.of(ResourceTypes.PUBLIC_ACCESS_BLOCK));
            if (blocks.isEmpty()) {
                out.add(new Violation(label(bucket), "has no BucketPublicAccessBlock"));
            }
            for (StackResource block : blocks) {
                for (String setting : BLOCK_SETTINGS) {
                    if (!Boolean.TRUE.equals(SecretValue.reveal(block.property(setting).orElse(null)))) {
                        out.add(new Violation(label(bucket), "public access block " + block.name() + " has "
                                + setting + " = " + block.property(setting).orElse("(unset)") + "; it must be true"));
                    }
                }
            }
        }
        return out;
    }

    /** No bucket policy allows everyone ({@code "*"} or {@code {"AWS": "*"}}). */
    public List<Violation> noPolicyGrantsEveryone() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            List<Optional<Object>> policies = new ArrayList<>();
            policies.add(bucket.property("policy"));
            index.forBucket(bucket, Set.of(ResourceTypes.BUCKET_POLICY)).forEach(p -> policies.add(p.property("policy")));
            for (Optional<Object> text : policies) {
                text.flatMap(PolicyText::parse).flatMap(p -> p.policy()).ifPresent(doc -> doc.statements().stream()
                        .filter(Statement::allows)
                        .filter(s -> s.principals().filter(BucketPrivacyReview::everyone).isPresent())
                        .forEach(s -> out.add(new Violation(label(bucket), "bucket policy statement " + s.index()
                                + " allows everyone (Principal \"*\")"))));
            }
        }
        return out;
    }

    public List<Violation> noPublicAcl() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            List<StackResource> holders = new ArrayList<>(List.of(bucket));
            holders.addAll(index.forBucket(bucket, ResourceTypes.BUCKET_ACLS));
            for (StackResource r : holders) {
                r.string("acl").filter(PUBLIC_CANNED_ACLS::contains).ifPresent(acl ->
                        out.add(new Violation(label(bucket), r.name() + " sets the public canned ACL \"" + acl + "\"")));
                String grants = String.valueOf(SecretValue.reveal(r.property("accessControlPolicy").orElse("")));
                if (grants.contains("acs.amazonaws.com/groups/global/AllUsers")
                        || grants.contains("acs.amazonaws.com/groups/global/AuthenticatedUsers")) {
                    out.add(new Violation(label(bucket), r.name() + " grants an ACL to AllUsers or AuthenticatedUsers"));
                }
            }
        }
        return out;
    }

    public List<Violation> objectsAreEncrypted() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            List<Object> configs = new ArrayList<>();
            bucket.property("serverSideEncryptionConfiguration").ifPresent(configs::add);
            index.forBucket(bucket, ResourceTypes.ENCRYPTION).forEach(c -> c.property("rules").ifPresent(configs::add));
            if (configs.stream().noneMatch(BucketPrivacyReview::hasDefaultEncryption)) {
                out.add(new Violation(label(bucket), "has no default server-side encryption (AES256 or aws:kms)"));
            }
        }
        return out;
    }

    public List<Violation> ownershipIsEnforced() {
        List<Violation> out = new ArrayList<>();
        for (StackResource bucket : index.buckets()) {
            boolean enforced = index.forBucket(bucket, Set.of(ResourceTypes.OWNERSHIP_CONTROLS)).stream()
                    .map(c -> SecretValue.reveal(c.property("rule").orElse(null)))
                    .anyMatch(rule -> rule instanceof Map<?, ?> m && "BucketOwnerEnforced".equals(m.get("objectOwnership")));
            if (!enforced) {
                out.add(new Violation(label(bucket), "has no BucketOwnershipControls with BucketOwnerEnforced, so ACLs still apply"));
            }
        }
        return out;
    }

    private static boolean everyone(PrincipalElement p) {
        return p.negated() || p.wildcard()
                || p.entries().stream().anyMatch(e -> e.values().stream().anyMatch(v -> v.value().equals("*")));
    }

    /** Looks for {@code applyServerSideEncryptionByDefault.sseAlgorithm} anywhere in a config value. */
    private static boolean hasDefaultEncryption(Object config) {
        Object v = SecretValue.reveal(config);
        if (v instanceof Map<?, ?> m) {
            if (m.get("sseAlgorithm") instanceof String alg && SSE_ALGORITHMS.contains(alg)) {
                return true;
            }
            return m.values().stream().anyMatch(BucketPrivacyReview::hasDefaultEncryption);
        }
        if (v instanceof List<?> l) {
            return l.stream().anyMatch(BucketPrivacyReview::hasDefaultEncryption);
        }
        return false;
    }

    private static String label(StackResource bucket) {
        return "bucket " + bucket.name();
    }
}
