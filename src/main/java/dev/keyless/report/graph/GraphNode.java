package dev.keyless.report.graph;

import java.util.List;

/**
 * A box of the graph: its column, a title (the stack's name for the thing) and detail lines, and the
 * workload it is drawn with ({@code ""}: the stack as a whole, or its only workload).
 */
public record GraphNode(String id, Column column, String kind, String title, List<String> lines, Tone tone, String group) {

    public GraphNode {
        lines = List.copyOf(lines);
    }

    public GraphNode(String id, Column column, String kind, String title, List<String> lines, Tone tone) {
        this(id, column, kind, title, lines, tone, "");
    }
}
