package dev.keyless.report.graph;

/** An arrow from one node to another, with a short label. */
public record GraphEdge(String from, String to, String label, Tone tone) {}
