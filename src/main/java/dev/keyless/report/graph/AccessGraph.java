package dev.keyless.report.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Nodes and edges in the order they were added; a node or edge added twice is kept once. */
public final class AccessGraph {

    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Set<GraphEdge> edges = new LinkedHashSet<>();

    /** Adds the node unless one with its id exists; a DANGER tone wins over a milder one. */
    public void add(GraphNode node) {
        GraphNode old = nodes.get(node.id());
        if (old == null || (node.tone() == Tone.DANGER && old.tone() != Tone.DANGER)) {
            nodes.put(node.id(), node);
        }
    }

    public void connect(String from, String to, String label, Tone tone) {
        if (!nodes.containsKey(from) || !nodes.containsKey(to)) {
            throw new IllegalStateException("edge between unknown nodes " + from + " → " + to);
        }
        edges.add(new GraphEdge(from, to, label, tone));
    }

    public List<GraphNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<GraphNode> nodes(Column column) {
        return nodes.values().stream().filter(n -> n.column() == column).toList();
    }

    public Optional<GraphNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public List<GraphEdge> edges() {
        return new ArrayList<>(edges);
    }
}
