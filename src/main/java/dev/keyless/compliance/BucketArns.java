package dev.keyless.compliance;

import java.util.List;

/** The ARNs of the bucket the workload reads, and tests for "the bucket" and "an object in the bucket". */
final class BucketArns {

    private final List<String> buckets;

    BucketArns(StackIndex index) {
        this.buckets = index.bucketArns();
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
