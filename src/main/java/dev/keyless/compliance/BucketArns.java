package dev.keyless.compliance;

import java.util.List;

/** The ARNs of the buckets a role's workload reads, and tests for "the bucket" and "an object in the bucket". */
final class BucketArns {

    private final List<String> buckets;

    BucketArns(List<String> buckets) {
        this.buckets = List.copyOf(buckets);
    }

    /** The buckets a role may read: its workload's, or every workload's for a role the outputs tie to none. */
    static BucketArns of(StackIndex index, RoleUnderReview role) {
        return new BucketArns(index.workloadOf(role).map(WorkloadUnderReview::bucketArns).orElse(index.bucketArns()));
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
