package dev.keyless.compliance;

import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;

/**
 * One way the stack breaks a rule: which resource, and what is wrong with it, in words a reviewer
 * can act on. A rule with no violations holds; a gate decides what a violation blocks.
 *
 * <p>{@code subjects} are the names a justified exception may give for the resource: a stack
 * resource's logical name and URN ({@link #of}), or, for a violation made from a label alone, each
 * word of the label ("role s3-reader-role" names {@code s3-reader-role}). The gate matches exceptions
 * against these names, never against the message, so "role A may be assumed by role B" is not
 * excused by an exception for B.
 */
public record Violation(String resource, String message, List<String> subjects) {

    public Violation {
        subjects = List.copyOf(subjects);
    }

    /** A violation named by a label, whose words are its subjects. */
    public Violation(String resource, String message) {
        this(resource, message, wordsOf(resource));
    }

    /** A violation of one stack resource, shown as {@code label}: an exception may name it by logical name or URN. */
    public static Violation of(StackResource resource, String label, String message) {
        return new Violation(label, message, List.of(resource.name(), resource.urn()));
    }

    /** Whether an exception that names {@code resource} (a logical name or URN) is about this violation. */
    public boolean concerns(String resource) {
        return subjects.contains(resource);
    }

    private static List<String> wordsOf(String label) {
        List<String> words = new ArrayList<>();
        for (String w : label.split("[\\s,;()]+")) {
            if (!w.isEmpty() && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    @Override
    public String toString() {
        return resource + ": " + message;
    }
}
