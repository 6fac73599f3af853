package dev.keyless.report.graph;

import dev.keyless.report.Markup;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the access graph out in its fixed columns (each column's boxes stacked in insertion order and
 * centred) and writes SVG 1.1 with integer coordinates, so the same graph gives the same bytes. Long
 * names are shortened in the box and kept whole in each box's {@code <title>} (a tooltip, and
 * searchable text). Nodes of several groups (the workloads of one stack) are laid out in horizontal
 * bands, one per group in the order they were drawn, each under its name, so every workload's chain
 * reads left to right on its own.
 */
public final class AccessGraphSvg {

    private static final int COL_W = 224;
    private static final int GAP = 60;
    private static final int MARGIN = 16;
    private static final int HEADER = 44;
    private static final int NODE_GAP = 14;
    private static final int LINE = 14;
    private static final int TITLE_CHARS = 30;
    private static final int LINE_CHARS = 36;
    private static final int BAND_HEADER = 22;
    private static final int BAND_GAP = 18;

    private record Box(int x, int y, int h) {
        int cy() {
            return y + h / 2;
        }
    }

    private AccessGraphSvg() {}

    public static String render(AccessGraph graph, String caption) {
        Map<String, Box> boxes = new HashMap<>();
        Map<String, List<GraphNode>> groups = new java.util.LinkedHashMap<>();
        graph.nodes().forEach(n -> groups.computeIfAbsent(n.group(), g -> new java.util.ArrayList<>()).add(n));
        boolean banded = groups.size() > 1 || !groups.containsKey("");
        StringBuilder bands = new StringBuilder();
        int top = HEADER;
        for (Map.Entry<String, List<GraphNode>> g : groups.entrySet()) {
            if (banded) {
                bands.append("<text class=\"group-heading\" x=\"").append(MARGIN).append("\" y=\"").append(top + 12)
                        .append("\" font-size=\"12\" font-weight=\"600\" fill=\"#556\">")
                        .append(Markup.escape(g.getKey().isEmpty() ? "the rest of the stack" : "workload " + g.getKey())).append("</text>\n");
                top += BAND_HEADER;
            }
            top = layout(g.getValue(), top, boxes) + (banded ? BAND_GAP : 0);
        }
        int width = x(Column.RESOURCE) + COL_W + MARGIN;
        int height = top + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"access-graph\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Markup.escape(caption)).append("\" font-family=\"")
                .append("system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\">\n");
        svg.append("<title>").append(Markup.escape(caption)).append("</title>\n").append(defs());
        for (Column c : Column.values()) {
            svg.append("<text class=\"column-heading\" x=\"").append(x(c) + COL_W / 2).append("\" y=\"24\" text-anchor=\"middle\"")
                    .append(" font-size=\"13\" font-weight=\"600\" fill=\"#334\">").append(Markup.escape(c.heading())).append("</text>\n");
        }
        svg.append(bands);
        for (GraphEdge e : graph.edges()) {
            edge(svg, e, boxes.get(e.from()), boxes.get(e.to()));
        }
        for (GraphNode n : graph.nodes()) {
            node(svg, n, boxes.get(n.id()));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Places one group's nodes from {@code top}: each column stacked and centred on the tallest; the bottom. */
    private static int layout(List<GraphNode> nodes, int top, Map<String, Box> boxes) {
        Map<Column, Integer> heights = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            heights.put(c, nodes.stream().filter(n -> n.column() == c).mapToInt(n -> height(n) + NODE_GAP).sum());
        }
        int tallest = heights.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Column c : Column.values()) {
            int y = top + (tallest - heights.get(c)) / 2;
            for (GraphNode n : nodes) {
                if (n.column() == c) {
                    boxes.put(n.id(), new Box(x(c), y, height(n)));
                    y += height(n) + NODE_GAP;
                }
            }
        }
        return top + tallest;
    }

    private static int x(Column c) {
        return MARGIN + c.ordinal() * (COL_W + GAP);
    }

    private static int height(GraphNode n) {
        return 28 + LINE * n.lines().size();
    }

    private static void node(StringBuilder svg, GraphNode n, Box b) {
        String[] colours = colours(n.tone());
        svg.append("<g class=\"node ").append(n.kind()).append(' ').append(n.tone().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" data-id=\"").append(Markup.escape(n.id())).append("\">");
        svg.append("<title>").append(Markup.escape(n.title()));
        n.lines().forEach(l -> svg.append("\n").append(Markup.escape(l)));
        svg.append("</title>");
        svg.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"").append(COL_W)
                .append("\" height=\"").append(b.h()).append("\" rx=\"6\" fill=\"").append(colours[1])
                .append("\" stroke=\"").append(colours[0]).append("\" stroke-width=\"1.5\"")
                .append(n.tone() == Tone.DENIED ? " stroke-dasharray=\"5 3\"" : "").append("/>");
        svg.append("<text x=\"").append(b.x() + 8).append("\" y=\"").append(b.y() + 18)
                .append("\" font-size=\"11.5\" font-weight=\"600\" fill=\"").append(colours[2]).append("\">")
                .append(Markup.escape(shorten(n.title(), TITLE_CHARS))).append("</text>");
        int y = b.y() + 18 + LINE;
        for (String l : n.lines()) {
            svg.append("<text x=\"").append(b.x() + 8).append("\" y=\"").append(y).append("\" font-size=\"10\" fill=\"")
                    .append(colours[2]).append("\">").append(Markup.escape(shorten(l, LINE_CHARS))).append("</text>");
            y += LINE;
        }
        svg.append("</g>\n");
    }

    private static void edge(StringBuilder svg, GraphEdge e, Box from, Box to) {
        int x1 = from.x() + COL_W;
        int y1 = from.cy();
        int x2 = to.x() - 2;
        int y2 = to.cy();
        int dx = Math.max(30, Math.abs(x2 - x1) / 2);
        String colour = colours(e.tone())[0];
        String tone = e.tone().name().toLowerCase(java.util.Locale.ROOT);
        svg.append("<g class=\"edge ").append(tone).append("\"><path d=\"M").append(x1).append(' ').append(y1)
                .append(" C").append(x1 + dx).append(' ').append(y1).append(' ').append(x2 - dx).append(' ').append(y2)
                .append(' ').append(x2).append(' ').append(y2).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(e.tone() == Tone.DANGER ? "2" : "1.3").append('"')
                .append(e.tone() == Tone.DENIED ? " stroke-dasharray=\"5 3\"" : "")
                .append(" marker-end=\"url(#ag-arrow-").append(tone).append(")\"/>");
        if (!e.label().isEmpty() && e.tone() != Tone.DENIED) {
            svg.append("<text x=\"").append((x1 + x2) / 2).append("\" y=\"").append((y1 + y2) / 2 - 3)
                    .append("\" font-size=\"9.5\" text-anchor=\"middle\" fill=\"").append(colour)
                    .append("\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">").append(Markup.escape(e.label())).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static String defs() {
        StringBuilder d = new StringBuilder("<defs>");
        for (Tone t : Tone.values()) {
            d.append("<marker id=\"ag-arrow-").append(t.name().toLowerCase(java.util.Locale.ROOT)).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                    .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"")
                    .append(colours(t)[0]).append("\"/></marker>");
        }
        return d.append("</defs>\n").toString();
    }

    /** Stroke, fill and text colour for a tone. */
    private static String[] colours(Tone t) {
        return switch (t) {
            case NORMAL -> new String[] {"#5b6b7f", "#f4f6f9", "#1d2733"};
            case GRANT -> new String[] {"#1f7a4d", "#e9f6ef", "#123d28"};
            case DENIED -> new String[] {"#8a8f98", "#fafafa", "#5c6470"};
            case DANGER -> new String[] {"#c62828", "#fdecea", "#7f1313"};
        };
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
