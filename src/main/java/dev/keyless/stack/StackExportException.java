package dev.keyless.stack;

/**
 * A stack export that cannot be read: missing, not JSON, not a deployment, or a version keyless
 * does not read. The message is one line naming the file and what to do; the command line shows
 * it as a user error (exit 1). Unchecked, so {@code stack} does not depend on {@code cli}.
 */
public class StackExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackExportException(String message) {
        super(message);
    }

    public StackExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
