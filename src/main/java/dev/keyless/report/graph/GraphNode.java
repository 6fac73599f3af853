package dev.keyless.report.graph;

import java.util.List;

/** A box of the graph: its column, a title (the stack's name for the thing) and detail lines. */
public record GraphNode(String id, Column column, String kind, String title, List<String> lines, Tone tone) {

    public GraphNode {
        lines = List.copyOf(lines);
    }
}
