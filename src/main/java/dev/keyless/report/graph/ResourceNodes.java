package dev.keyless.report.graph;

import dev.keyless.compliance.StackIndex;
import dev.keyless.stack.StackResource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The right-hand column: one node per bucket of the stack and one for its objects, and a node for any
 * other resource a statement names ({@code *} in red). Maps a Resource value to its node.
 */
final class ResourceNodes {

    private final StackIndex index;
    private final AccessGraph graph;
    /** Bucket ARN → the bucket's logical name, in stack order. */
    private final Map<String, String> buckets = new LinkedHashMap<>();

    ResourceNodes(StackIndex index, AccessGraph graph) {
        this.index = index;
        this.graph = graph;
    }

    void buckets() {
        for (StackResource b : index.buckets()) {
            Optional<String> arn = b.string("arn").or(() -> StackIndex.bucketName(b).map(n -> "arn:aws:s3:::" + n));
            String name = StackIndex.bucketName(b).orElse(b.name());
            arn.ifPresent(a -> buckets.put(a, b.name()));
            String key = arn.orElse(b.name());
            graph.add(new GraphNode("bucket:" + key, Column.RESOURCE, "bucket", b.name(), List.of(name), Tone.NORMAL));
            graph.add(new GraphNode("objects:" + key, Column.RESOURCE, "objects", "objects in " + b.name(),
                    List.of(name + "/*"), Tone.NORMAL));
        }
    }

    /**
     * The node for a Resource value, created if it is not a bucket or object of the stack; {@code *} is
     * red only where something grants on it (a request that was denied on it is no danger).
     */
    String node(String resource, boolean granted) {
        for (Map.Entry<String, String> b : buckets.entrySet()) {
            if (resource.equals(b.getKey())) {
                return "bucket:" + b.getKey();
            }
            if (resource.startsWith(b.getKey() + "/")) {
                return "objects:" + b.getKey();
            }
        }
        String id = "resource:" + resource;
        boolean everything = granted && (resource.equals("*") || resource.startsWith("NotResource"));
        String title = resource.equals("*") ? "* (every resource)" : roleItself(resource).orElse(resource);
        graph.add(new GraphNode(id, Column.RESOURCE, "resource", title,
                resource.equals("*") ? List.of("anything in any account") : List.of(), everything ? Tone.DANGER : Tone.NORMAL));
        return id;
    }

    /** The edge label for an object pattern other than {@code /*}: which keys. */
    String suffix(String resource) {
        for (String arn : buckets.keySet()) {
            if (resource.startsWith(arn + "/") && !resource.equals(arn + "/*")) {
                return resource.substring(arn.length());
            }
        }
        return "";
    }

    private Optional<String> roleItself(String resource) {
        return index.roles().stream().filter(r -> r.arn().filter(resource::equals).isPresent())
                .findFirst().map(r -> "role " + r.resource().name() + " itself");
    }
}
