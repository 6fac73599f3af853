package dev.keyless.rulebook;

import dev.keyless.UserError;

import java.util.Optional;

/**
 * The first tool error of a run: a step that could not judge its rule because keyless itself could
 * not do its job (a live call failed, credentials are missing, a file is unreadable). Once one has
 * happened, the glue skips the remaining scenarios ({@code @Before} in the steps): the run is a tool
 * error whatever they find, and each would only repeat the failing call, retries and waits included.
 * A step that breaks for any other reason (a bug) is also an error, but the run goes on.
 */
public final class ToolErrors {

    private static UserError first;

    private ToolErrors() {}

    static synchronized void clear() {
        first = null;
    }

    static synchronized void record(Throwable t) {
        Optional<UserError> user = userError(t);
        if (first == null && user.isPresent()) {
            first = user.get();
        }
    }

    /** The run's first tool error, if any: later scenarios are not run. */
    public static synchronized Optional<UserError> first() {
        return Optional.ofNullable(first);
    }

    /** One line saying why a step could not judge its rule. */
    static String describe(Throwable t) {
        return userError(t).map(Throwable::getMessage)
                .orElse("step error (a defect of keyless, please report it): " + t);
    }

    private static Optional<UserError> userError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserError u) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
