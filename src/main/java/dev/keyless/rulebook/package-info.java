/**
 * Running the rule book: the Gherkin features in {@code features/} executed through the JUnit
 * Platform against one stack snapshot, with each scenario's outcome collected for the gate. A run
 * has one mode ({@link dev.keyless.rulebook.RunMode}: offline, or live against AWS) and one set of
 * engines chosen for it ({@link dev.keyless.rulebook.Backends}); a scenario that could not be judged
 * ends the run as a tool error ({@link dev.keyless.rulebook.ToolErrors}).
 */
package dev.keyless.rulebook;
