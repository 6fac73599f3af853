package dev.keyless.aws;

import dev.keyless.UserError;

/**
 * A live call that did not produce an answer keyless can trust. It is a {@link UserError}: the CLI
 * prints its one-line message and exits 1, and no gate ever reads it as a pass. {@link #fault()}
 * says which kind of failure it was, for reports and tests.
 */
public final class LiveCallException extends UserError {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the words of issue #5's fault list. */
    public enum Fault {
        NO_CREDENTIALS, EXPIRED_CREDENTIALS, INVALID_CREDENTIALS, ACCESS_DENIED, THROTTLED, SERVICE_ERROR,
        UNREACHABLE, CONNECTION_LOST, TIMEOUT, MALFORMED_RESPONSE, REQUEST_REJECTED, NOT_FOUND, CALL_FAILED
    }

    private final Fault fault;
    private final transient AwsOperation operation;

    public LiveCallException(Fault fault, AwsOperation operation, String message, Throwable cause) {
        super(message, cause);
        this.fault = fault;
        this.operation = operation;
    }

    public Fault fault() {
        return fault;
    }

    public AwsOperation operation() {
        return operation;
    }

    /** An answer that arrived but cannot be trusted: missing fields, unknown values, endless pages. */
    static LiveCallException malformed(AwsOperation op, String what) {
        return new LiveCallException(Fault.MALFORMED_RESPONSE, op, op.title() + " answered with " + what
                + "; keyless cannot trust that answer, so nothing was judged (is AWS_ENDPOINT_URL pointing at AWS?)",
                null);
    }
}
