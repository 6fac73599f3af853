package dev.keyless.compliance;

import dev.keyless.stack.StackResource;

import java.util.List;
import java.util.Optional;

/** The ARNs of the stack's buckets, and tests for "the bucket" and "an object in the bucket". */
final class BucketArns {

    private final List<String> buckets;

    BucketArns(StackIndex index) {
        this.buckets = index.buckets().stream().map(BucketArns::arn).flatMap(Optional::stream).toList();
    }

    /** S3 bucket ARNs carry no region or account: {@code arn:PARTITION:s3:::NAME}. */
    private static Optional<String> arn(StackResource bucket) {
        return bucket.string("arn").or(() -> StackIndex.bucketName(bucket).map(n -> "arn:aws:s3:::" + n));
    }

    List<String> all() {
        return buckets;
    }

    boolean isBucket(String resource) {
        return buckets.contains(resource);
    }

    /** True for {@code arn:aws:s3:::NAME/…}; a wildcard after the slash stays inside the bucket. */
    boolean isInsideBucket(String resource) {
        return buckets.stream().anyMatch(b -> resource.startsWith(b + "/") && resource.length() > b.length() + 1);
    }

    boolean isAllObjects(String resource) {
        return buckets.stream().anyMatch(b -> resource.equals(b + "/*"));
    }
}
