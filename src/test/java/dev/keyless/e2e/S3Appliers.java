package dev.keyless.e2e;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.OwnershipControlsRule;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;
import software.amazon.awssdk.services.s3.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The S3 calls the Pulumi AWS provider makes for a bucket and its separate configuration resources
 * (CreateBucket, PutBucketTagging, PutPublicAccessBlock, PutBucketEncryption,
 * PutBucketOwnershipControls, PutBucketPolicy), from each resource's recorded properties.
 */
final class S3Appliers {

    private final S3Client s3;
    private final Region region;

    S3Appliers(S3Client s3, Region region) {
        this.s3 = s3;
        this.region = region;
    }

    /** The physical name the export recorded (Pulumi made it from bucketPrefix). */
    void bucket(StackResource r) {
        String name = Props.string(r, "bucket");
        s3.createBucket(b -> {
            b.bucket(name);
            // us-east-1 takes no LocationConstraint (CreateBucket API reference).
            if (!region.equals(Region.US_EAST_1)) {
                b.createBucketConfiguration(c -> c.locationConstraint(region.id()));
            }
        });
        Map<String, String> tags = Props.tags(r);
        if (!tags.isEmpty()) {
            List<Tag> tagSet = tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                    .toList();
            s3.putBucketTagging(b -> b.bucket(name).tagging(t -> t.tagSet(tagSet)));
        }
    }

    void publicAccessBlock(StackResource r) {
        s3.putPublicAccessBlock(b -> b.bucket(Props.string(r, "bucket")).publicAccessBlockConfiguration(c -> c
                .blockPublicAcls(Props.bool(r, "blockPublicAcls"))
                .blockPublicPolicy(Props.bool(r, "blockPublicPolicy"))
                .ignorePublicAcls(Props.bool(r, "ignorePublicAcls"))
                .restrictPublicBuckets(Props.bool(r, "restrictPublicBuckets"))));
    }

    void encryption(StackResource r) {
        List<ServerSideEncryptionRule> rules = new ArrayList<>();
        for (Object o : Props.list(r, "rules")) {
            Map<String, Object> rule = Props.asMap(o);
            Map<String, Object> byDefault = Props.asMap(rule.get("applyServerSideEncryptionByDefault"));
            var b = ServerSideEncryptionRule.builder().applyServerSideEncryptionByDefault(ServerSideEncryptionByDefault.builder()
                    .sseAlgorithm(text(byDefault.get("sseAlgorithm")))
                    .kmsMasterKeyID(text(byDefault.get("kmsMasterKeyId"))).build());
            if (rule.get("bucketKeyEnabled") instanceof Boolean enabled) {
                b.bucketKeyEnabled(enabled);
            }
            rules.add(b.build());
        }
        s3.putBucketEncryption(b -> b.bucket(Props.string(r, "bucket"))
                .serverSideEncryptionConfiguration(c -> c.rules(rules)));
    }

    void ownership(StackResource r) {
        String ownership = text(Props.map(r, "rule").get("objectOwnership"));
        s3.putBucketOwnershipControls(b -> b.bucket(Props.string(r, "bucket"))
                .ownershipControls(c -> c.rules(OwnershipControlsRule.builder().objectOwnership(ownership).build())));
    }

    void policy(StackResource r) {
        s3.putBucketPolicy(b -> b.bucket(Props.string(r, "bucket")).policy(Props.string(r, "policy")));
    }

    private static String text(Object value) {
        Object v = SecretValue.reveal(value);
        return v == null ? null : String.valueOf(v);
    }
}
