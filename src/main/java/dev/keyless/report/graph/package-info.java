/**
 * The access graph: who can reach the data and how, built from a stack snapshot — GCP service
 * account → Google ID token → trust conditions → IAM role → policies → allowed actions → bucket and
 * objects — with dangerous actions the offline evaluator checked and found denied drawn apart
 * (dashed), and anything that grants too much drawn in red. {@link dev.keyless.report.graph.AccessGraphSvg}
 * lays it out in fixed columns and writes SVG itself: no Graphviz, and the same snapshot always gives
 * the same bytes.
 */
package dev.keyless.report.graph;
