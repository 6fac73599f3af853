package dev.keyless.report.graph;

/**
 * How a node or edge is drawn. GRANT: access the stack gives. DENIED: access the evaluator checked
 * and found refused (dashed). DANGER: a grant or gap that a reviewer must look at (red).
 */
public enum Tone { NORMAL, GRANT, DENIED, DANGER }
