package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.AclGrant;
import dev.keyless.compliance.BucketSettings.Encryption;
import dev.keyless.compliance.BucketSettings.PublicAccessBlock;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stack's S3 buckets and what configures them, from both AWS providers: the classic provider's
 * separate resources ({@code BucketPublicAccessBlock}, {@code BucketPolicy}, ...), the legacy inline
 * properties of {@code Bucket}/{@code BucketV2}, and {@code aws-native:s3:Bucket}'s own properties. A
 * resource configures a bucket when its {@code bucket} property is the bucket's name (or ARN).
 */
final class S3Index {

    private final StackSnapshot stack;

    S3Index(StackSnapshot stack) {
        this.stack = stack;
    }

    List<StackResource> buckets() {
        return stack.resources().stream().filter(r -> ResourceTypes.BUCKETS.contains(r.type())).toList();
    }

    /** The bucket's name as other resources refer to it. */
    static Optional<String> name(StackResource bucket) {
        return Props.string(bucket, "bucket", "bucketName").or(bucket::id);
    }

    /** S3 bucket ARNs carry no region or account: {@code arn:aws:s3:::NAME}. */
    static Optional<String> arn(StackResource bucket) {
        return bucket.string("arn").or(() -> name(bucket).map(n -> "arn:aws:s3:::" + n));
    }

    /** Resources of the given types whose {@code bucket} property names this bucket. */
    List<StackResource> forBucket(StackResource bucket, Set<String> types) {
        Optional<String> name = name(bucket);
        Optional<String> arn = arn(bucket);
        return stack.resources().stream()
                .filter(r -> types.contains(r.type()))
                .filter(r -> r.string("bucket").filter(b -> b.equals(name.orElse(null)) || b.equals(arn.orElse(null))).isPresent())
                .toList();
    }

    List<PublicAccessBlock> publicAccessBlocks(StackResource bucket) {
        List<PublicAccessBlock> out = new ArrayList<>();
        forBucket(bucket, ResourceTypes.PUBLIC_ACCESS_BLOCKS).forEach(b -> out.add(block("public access block " + b.name(), b)));
        if (bucket.isType(ResourceTypes.NATIVE_BUCKET)) {
            Props.first(bucket, "publicAccessBlockConfiguration")
                    .ifPresent(c -> out.add(block("publicAccessBlockConfiguration of bucket " + bucket.name(), c)));
        }
        return out;
    }

    /** The four settings of a block held as separate properties of a resource. */
    static PublicAccessBlock block(String label, StackResource r) {
        Map<String, Object> settings = new LinkedHashMap<>();
        PublicAccessBlock.NAMES.forEach(n -> r.property(n).map(SecretValue::reveal).ifPresent(v -> settings.put(n, v)));
        return new PublicAccessBlock(label, settings);
    }

    /** The four settings of a block held as one object property. */
    static PublicAccessBlock block(String label, Object config) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String n : PublicAccessBlock.NAMES) {
            Props.at(config, n).stream().findFirst().ifPresent(v -> settings.put(n, v));
        }
        return new PublicAccessBlock(label, settings);
    }

    List<Encryption> encryption(StackResource bucket) {
        List<Encryption> out = new ArrayList<>();
        Props.first(bucket, "serverSideEncryptionConfiguration", "serverSideEncryptionConfigurations", "bucketEncryption")
                .ifPresent(c -> defaults("bucket " + bucket.name(), c, out));
        forBucket(bucket, ResourceTypes.ENCRYPTION).forEach(c ->
                c.property("rules").ifPresent(rules -> defaults(c.name(), rules, out)));
        return out;
    }

    /** Every {@code sseAlgorithm} (with its {@code kmsMasterKeyId}) anywhere in an encryption setting. */
    private static void defaults(String label, Object config, List<Encryption> out) {
        Object v = SecretValue.reveal(config);
        if (v instanceof Map<?, ?> m) {
            if (SecretValue.reveal(m.get("sseAlgorithm")) instanceof String alg) {
                Optional<String> key = Optional.ofNullable(SecretValue.reveal(m.get("kmsMasterKeyId")))
                        .filter(String.class::isInstance).map(String.class::cast).filter(s -> !s.isEmpty());
                out.add(new Encryption(label, alg, key));
            }
            m.values().forEach(child -> defaults(label, child, out));
        } else if (v instanceof List<?> l) {
            l.forEach(child -> defaults(label, child, out));
        }
    }

    /** The object ownership settings ({@code BucketOwnerEnforced}, ...) that apply to the bucket. */
    List<String> ownership(StackResource bucket) {
        List<String> out = new ArrayList<>();
        forBucket(bucket, ResourceTypes.OWNERSHIP_CONTROLS).forEach(c -> out.addAll(Props.strings(c.property("rule").orElse(null), "objectOwnership")));
        if (bucket.isType(ResourceTypes.NATIVE_BUCKET)) {
            out.addAll(Props.strings(bucket.property("ownershipControls").orElse(null), "rules", "objectOwnership"));
        }
        return out;
    }

    /** Canned ACLs and ACL grants on the bucket, from the bucket itself and its ACL resources. */
    List<AclGrant> acls(StackResource bucket) {
        List<AclGrant> out = new ArrayList<>();
        List<StackResource> holders = new ArrayList<>(List.of(bucket));
        holders.addAll(forBucket(bucket, ResourceTypes.BUCKET_ACLS));
        for (StackResource r : holders) {
            Props.string(r, "acl", "accessControl").ifPresent(acl -> out.add(new AclGrant(r.name(), Optional.of(acl), Optional.empty())));
            Object policy = r.property("accessControlPolicy").orElse(null);
            for (Object grantee : Props.at(policy, "grants", "grantee")) {
                out.add(new AclGrant(r.name(), Optional.empty(), Optional.of(grantee(grantee))));
            }
            for (Object grant : Props.elements(r.property("grants").orElse(null))) {
                out.add(new AclGrant(r.name(), Optional.empty(), Optional.of(grantee(grant))));
            }
        }
        return out;
    }

    /** The canonical id of the bucket owner an ACL resource names, to tell the owner's own grant apart. */
    List<String> aclOwners(StackResource bucket) {
        List<String> out = new ArrayList<>();
        forBucket(bucket, ResourceTypes.BUCKET_ACLS).forEach(r -> out.addAll(Props.strings(r.property("accessControlPolicy")
                .orElse(null), "owner", "id")));
        return out;
    }

    private static String grantee(Object grantee) {
        for (String key : List.of("uri", "id", "emailAddress")) {
            List<String> v = Props.strings(grantee, key);
            if (!v.isEmpty()) {
                return v.get(0);
            }
        }
        return String.valueOf(SecretValue.reveal(grantee));
    }

    /** The policy a legacy bucket resource holds in its own {@code policy} property. */
    static Optional<BucketPolicy> ownPolicy(StackResource bucket) {
        return bucket.property("policy").filter(p -> SecretValue.reveal(p) != null)
                .map(p -> new BucketPolicy("policy of bucket " + bucket.name(), PolicyText.parse(p)));
    }

    /**
     * Every bucket policy that applies to the bucket: its own {@code policy} property (the legacy
     * bucket resources take one) and every bucket policy resource of either provider naming it.
     */
    List<BucketPolicy> policies(StackResource bucket) {
        List<BucketPolicy> out = new ArrayList<>(ownPolicy(bucket).stream().toList());
        for (StackResource p : forBucket(bucket, ResourceTypes.BUCKET_POLICIES)) {
            out.add(new BucketPolicy("bucket policy " + p.name(),
                    PolicyText.parse(Props.first(p, "policy", "policyDocument").orElse(null))));
        }
        return out;
    }
}
