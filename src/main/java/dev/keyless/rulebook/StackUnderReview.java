package dev.keyless.rulebook;

import dev.keyless.stack.StackSnapshot;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The stack the rule book judges in this JVM. Cucumber creates the step classes itself, so the
 * runner hands the snapshot over here; a suite run without a runner (the JUnit suite under
 * {@code make test}) falls back to the default source, loaded once.
 */
public final class StackUnderReview {

    private static final Supplier<StackSnapshot> SOURCE = StackSources::fromEnvironment;
    private static StackSnapshot current;

    private StackUnderReview() {}

    public static synchronized void set(StackSnapshot snapshot) {
        current = Objects.requireNonNull(snapshot);
    }

    public static synchronized void clear() {
        current = null;
    }

    /** The snapshot under review, loading the default source on first use. */
    public static synchronized StackSnapshot get() {
        if (current == null) {
            current = SOURCE.get();
        }
        return current;
    }
}
