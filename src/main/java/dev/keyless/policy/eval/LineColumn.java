package dev.keyless.policy.eval;

/**
 * The simulator's {@code Position}: {@code Line} and {@code Column}, both counted from 1. This is not
 * Access Analyzer's numbering (column from 0); see {@link StatementSpan} for how AWS places them.
 */
public record LineColumn(int line, int column) {}
