package dev.keyless.policy.model;

/** A stretch of policy text; {@code end} is exclusive, as in Access Analyzer's {@code span}. */
public record Span(Position start, Position end) {

    public static Span at(Position p) {
        return new Span(p, p);
    }

    public int length() {
        return end.offset() - start.offset();
    }
}
