/**
 * Writers for a gate's decision: the console summary, and the report folder (an {@code index.html}
 * heading Cucumber's own HTML report and the access graph, JUnit XML, SARIF 2.1.0 with the rendered
 * policy files its locations point into, and a summary JSON in the shape of AWS's policy validators).
 * Writers render a {@link dev.keyless.gate.GateDecision}; they never decide anything themselves, and
 * the same decision always renders to the same bytes.
 */
package dev.keyless.report;
