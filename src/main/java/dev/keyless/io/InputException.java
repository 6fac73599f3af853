package dev.keyless.io;

import dev.keyless.UserError;

/**
 * An input keyless refuses to read: one line naming the input (the option or file) and the problem,
 * printed without a stack trace, exit code 1.
 */
public final class InputException extends UserError {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(oneLine(message));
    }

    /** Messages of parsers can span lines or echo a long token: keep the first line, at most 300 characters. */
    static String oneLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
        return first.length() <= 300 ? first : first.substring(0, 299) + "…";
    }
}
