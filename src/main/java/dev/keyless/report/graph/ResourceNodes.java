package dev.keyless.report.graph;

import dev.keyless.compliance.S3Arn;
import dev.keyless.compliance.StackIndex;
import dev.keyless.compliance.WorkloadUnderReview;
import dev.keyless.stack.StackResource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The right-hand column: one node per bucket of the stack and one for its objects, and a node for any
 * other resource a statement names ({@code *} in red). Maps a Resource value to its node. Drawing a
 * workload's group, a bucket's nodes are drawn in that group, the first time it reaches them.
 */
final class ResourceNodes {

    private final StackIndex index;
    private final AccessGraph graph;
    /** Bucket ARN → the bucket's logical name, in stack order. */
    private final Map<String, String> buckets = new LinkedHashMap<>();
    /** Bucket ARN → its display name (the bucket's name). */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> roleNames = new HashMap<>();
    private String group = "";

    ResourceNodes(StackIndex index, AccessGraph graph) {
        this.index = index;
        this.graph = graph;
        for (StackResource b : index.buckets()) {
            Optional<String> arn = arn(b);
            arn.ifPresent(a -> {
                buckets.putIfAbsent(a, b.name());
                names.putIfAbsent(a, StackIndex.bucketName(b).orElse(b.name()));
            });
        }
        index.roles().forEach(r -> r.arn().ifPresent(a -> roleNames.putIfAbsent(a, r.resource().name())));
    }

    /** The bucket nodes of a stack without a workloads list, drawn up front as they always were. */
    void buckets() {
        for (StackResource b : index.buckets()) {
            Optional<String> arn = arn(b);
            String name = StackIndex.bucketName(b).orElse(b.name());
            String key = arn.orElse(b.name());
            graph.add(new GraphNode("bucket:" + key, Column.RESOURCE, "bucket", b.name(), List.of(name), Tone.NORMAL));
            graph.add(new GraphNode("objects:" + key, Column.RESOURCE, "objects", "objects in " + b.name(),
                    List.of(name + "/*"), Tone.NORMAL));
        }
    }

    /** The workload whose group is being drawn ({@code ""} for none). */
    void group(String workload) {
        this.group = workload;
    }

    /**
     * The node for a Resource value, created if it is not a bucket or object of the stack; {@code *} is
     * red only where something grants on it (a request that was denied on it is no danger).
     */
    String node(String resource, boolean granted) {
        S3Arn arn = S3Arn.of(resource);
        String bucket = arn.bucketArn();
        if (buckets.containsKey(bucket)) {
            String key = bucket + (group.isEmpty() ? "" : "@" + group);
            String logical = buckets.get(bucket);
            String name = names.get(bucket);
            if (arn.key().isEmpty()) {
                graph.add(new GraphNode("bucket:" + key, Column.RESOURCE, "bucket", logical, List.of(name), Tone.NORMAL, group));
                return "bucket:" + key;
            }
            graph.add(new GraphNode("objects:" + key, Column.RESOURCE, "objects", "objects in " + logical,
                    List.of(name + "/*"), Tone.NORMAL, group));
            return "objects:" + key;
        }
        String id = "resource:" + resource + (group.isEmpty() ? "" : "@" + group);
        boolean everything = granted && (resource.equals("*") || resource.startsWith("NotResource"));
        String title = resource.equals("*") ? "* (every resource)" : roleItself(resource).orElse(resource);
        List<String> lines = resource.equals("*") ? List.of("anything in any account")
                : existing(bucket) ? List.of("a bucket outside the stack:", "its own policy is not reviewed") : List.of();
        graph.add(new GraphNode(id, Column.RESOURCE, "resource", title, lines, everything ? Tone.DANGER : Tone.NORMAL, group));
        return id;
    }

    /** The edge label for an object pattern other than {@code /*}: which keys. */
    String suffix(String resource) {
        S3Arn arn = S3Arn.of(resource);
        if (arn.key().isPresent() && (buckets.containsKey(arn.bucketArn()) || !group.isEmpty()) && !arn.key().get().equals("*")) {
            return "/" + arn.key().get();
        }
        return "";
    }

    private boolean existing(String bucketArn) {
        return !group.isEmpty() && index.workloads().stream()
                .anyMatch(w -> w.existingBucket() && w.bucketArns().contains(bucketArn));
    }

    private Optional<String> roleItself(String resource) {
        return Optional.ofNullable(roleNames.get(resource)).map(name -> "role " + name + " itself");
    }

    private static Optional<String> arn(StackResource b) {
        return b.string("arn").or(() -> StackIndex.bucketName(b).map(n -> "arn:aws:s3:::" + n));
    }
}
