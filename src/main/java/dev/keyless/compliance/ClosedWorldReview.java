package dev.keyless.compliance;

import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every resource of the stack is one the rule book understands: a type some rule reads ("reviewed"),
 * or one that cannot grant access, run code, move data or hold a credential ("inert"). Anything else
 * is a door no rule looks at. The types come from the rule book's own table, so reviewers own the
 * list; a pattern {@code package:*} covers a whole package (e.g. {@code random:*}). Component
 * resources ({@code custom: false}) create nothing themselves: their children are judged.
 */
public final class ClosedWorldReview {

    /** What a row of the table says of a type. */
    public enum Verdict { REVIEWED, INERT }

    private final StackIndex index;

    public ClosedWorldReview(StackIndex index) {
        this.index = index;
    }

    /** Resources whose type the table does not list. */
    public List<Violation> everyResourceIsKnown(Map<String, Verdict> table, String featureFile) {
        List<Violation> out = new ArrayList<>();
        for (StackResource r : index.stack().resources()) {
            if (!r.links().custom() || covered(table, r.type())) {
                continue;
            }
            out.add(new Violation(r.type() + " " + r.name(), "resource type " + r.type() + " is not reviewed by the "
                    + "rule book: a rule must read it, or " + featureFile + " must list it as inert with the reason"));
        }
        return out;
    }

    /** Whether a type is listed, exactly or by its package's {@code package:*} row. */
    public static boolean covered(Map<String, Verdict> table, String type) {
        if (table.containsKey(type)) {
            return true;
        }
        int colon = type.indexOf(':');
        return colon > 0 && table.containsKey(type.substring(0, colon) + ":*");
    }
}
