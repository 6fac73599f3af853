/**
 * What blocks a gate, and what a justified exception excuses. The rule book and the policy checks say
 * what was found ({@code ScenarioResult}, {@code Finding}); this package decides what blocks: which
 * finding types block ({@link dev.keyless.gate.BlockingTypes}), which findings and scenarios a valid
 * entry of {@code compliance-exceptions.yaml} waives ({@link dev.keyless.gate.WaiverFile}), and the
 * verdict of a whole run ({@link dev.keyless.gate.GateDecision}). Writers in {@code dev.keyless.report}
 * only render a decision; they never make one.
 */
package dev.keyless.gate;
