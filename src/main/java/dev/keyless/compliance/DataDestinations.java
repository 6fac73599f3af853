package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.Destination;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everywhere S3 delivers a bucket's objects or records about them: replication, inventory reports,
 * server access logs, storage-class analysis exports (per bucket), and S3 Storage Lens exports (for
 * the whole account). Read from both AWS providers, each with the account the stack says owns the
 * destination, when it says so.
 */
final class DataDestinations {

    private final StackSnapshot stack;
    private final S3Index s3;

    DataDestinations(StackSnapshot stack, S3Index s3) {
        this.stack = stack;
        this.s3 = s3;
    }

    List<Destination> of(StackResource bucket) {
        List<Destination> out = new ArrayList<>();
        for (StackResource r : s3.forBucket(bucket, java.util.Set.of(ResourceTypes.REPLICATION))) {
            replication("replication " + r.name(), Props.at(r.property("rules").orElse(null)), out);
        }
        Props.first(bucket, "replicationConfiguration", "replicationConfigurations")
                .ifPresent(c -> replication("replication of bucket " + bucket.name(), Props.at(c, "rules"), out));
        for (StackResource r : s3.forBucket(bucket, java.util.Set.of(ResourceTypes.INVENTORY))) {
            for (Object d : Props.at(r.property("destination").orElse(null), "bucket")) {
                add(out, "inventory " + r.name(), "inventory reports", first(d, "bucketArn"), first(d, "accountId"));
            }
        }
        for (Object c : Props.elements(bucket.property("inventoryConfigurations").orElse(null))) {
            for (Object d : Props.at(c, "destination")) {
                add(out, "inventory of bucket " + bucket.name(), "inventory reports", first(d, "bucketArn"), first(d, "bucketAccountId"));
            }
        }
        for (StackResource r : s3.forBucket(bucket, ResourceTypes.LOGGING)) {
            add(out, "logging " + r.name(), "server access logs", Props.string(r, "targetBucket"), Props.string(r, "expectedBucketOwner"));
        }
        for (Object l : Props.at(bucket.property("loggings").orElse(bucket.property("logging").orElse(null)), "targetBucket")) {
            add(out, "logging of bucket " + bucket.name(), "server access logs", Optional.of(String.valueOf(l)), Optional.empty());
        }
        for (Object l : Props.at(bucket.property("loggingConfiguration").orElse(null), "destinationBucketName")) {
            add(out, "logging of bucket " + bucket.name(), "server access logs", Optional.of(String.valueOf(l)), Optional.empty());
        }
        for (StackResource r : s3.forBucket(bucket, java.util.Set.of(ResourceTypes.ANALYTICS))) {
            analytics("analytics " + r.name(), r.property("storageClassAnalysis").orElse(null), "s3BucketDestination", out);
        }
        for (Object c : Props.elements(bucket.property("analyticsConfigurations").orElse(null))) {
            analytics("analytics of bucket " + bucket.name(), Props.at(c, "storageClassAnalysis").stream().findFirst().orElse(null),
                    null, out);
        }
        for (StackResource r : stack.ofType(ResourceTypes.STORAGE_LENS)) {
            for (Object d : Props.at(r.property("storageLensConfiguration").orElse(null), "dataExport", "s3BucketDestination")) {
                add(out, "storage lens " + r.name(), "Storage Lens metrics exports", first(d, "arn"), first(d, "accountId"));
            }
        }
        return out;
    }

    private static void replication(String label, List<Object> rules, List<Destination> out) {
        for (Object rule : rules) {
            List<Object> destinations = new ArrayList<>(Props.at(rule, "destination"));
            destinations.addAll(Props.at(rule, "destinations"));
            for (Object d : destinations) {
                Optional<String> account = first(d, "account").or(() -> first(d, "accountId"));
                add(out, label, "replicas of its objects", first(d, "bucket"), account);
            }
        }
    }

    private static void analytics(String label, Object analysis, String wrapper, List<Destination> out) {
        for (Object dest : Props.at(analysis, "dataExport", "destination")) {
            Object d = wrapper == null ? dest : Props.at(dest, wrapper).stream().findFirst().orElse(null);
            if (d instanceof Map<?, ?>) {
                add(out, label, "storage class analysis exports", first(d, "bucketArn"), first(d, "bucketAccountId"));
            }
        }
    }

    private static Optional<String> first(Object node, String key) {
        return Props.strings(node, key).stream().filter(s -> !s.isEmpty()).findFirst();
    }

    /** A destination with no bucket at all is recorded too: an unknown destination must not pass. */
    private static void add(List<Destination> out, String label, String what, Optional<String> bucket, Optional<String> account) {
        out.add(new Destination(label, what, bucket.orElse(""), account));
    }
}
