package dev.keyless.policy.lint;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Something the checks work out from one policy string, such as a Resource value's ARN fields or
 * an Action value's expansion, that several checks need: {@link CheckContext#fact} computes it
 * once per validation and per distinct string. Declared once, as a constant, by the checks that
 * share it; the function must depend only on the string and the context's catalog and request.
 *
 * @param <T> what is worked out
 */
public final class ValueFact<T> {

    private static final AtomicInteger DECLARED = new AtomicInteger();

    final int slot;
    final BiFunction<CheckContext, String, T> compute;

    private ValueFact(BiFunction<CheckContext, String, T> compute) {
        this.slot = DECLARED.getAndIncrement();
        this.compute = compute;
    }

    public static <T> ValueFact<T> of(BiFunction<CheckContext, String, T> compute) {
        return new ValueFact<>(compute);
    }
}
