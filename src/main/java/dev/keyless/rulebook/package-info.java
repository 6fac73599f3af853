/**
 * Running the rule book: the Gherkin features in {@code features/} executed through the JUnit
 * Platform against one stack snapshot, with each scenario's outcome collected for the gate.
 */
package dev.keyless.rulebook;
