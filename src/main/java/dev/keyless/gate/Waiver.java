package dev.keyless.gate;

import java.time.LocalDate;

/**
 * One valid entry of {@code compliance-exceptions.yaml}: it excuses one finding code, or one rule-book
 * scenario, on one resource of the stack, for a reason someone owns, until a date. {@code line} is
 * where the entry starts in the file, for reports.
 */
public record Waiver(Kind kind, String target, String resource, String justification, String owner,
                     LocalDate expires, int line) {

    /** What an entry excuses: an issue code of validate-policy, or a scenario of the rule book. */
    public enum Kind { FINDING, SCENARIO }

    /** How reports name the entry: what it excuses, on what, and until when. */
    public String describe() {
        return (kind == Kind.FINDING ? "finding " : "scenario \"") + target + (kind == Kind.FINDING ? "" : "\"")
                + " on " + resource + " (owner " + owner + ", until " + expires + ")";
    }
}
