/**
 * Cucumber glue for the rule book: thin steps that parse the phrase, run a review and fail the
 * scenario with every violation. The rules themselves live in {@code dev.keyless.compliance}.
 */
package dev.keyless.rulebook.steps;
