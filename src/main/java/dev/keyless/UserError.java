package dev.keyless;

/**
 * A failure the user can fix (bad file, bad argument, unreachable service). Printed as one line
 * with what to do, exit code 1, no stack trace.
 */
public class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
