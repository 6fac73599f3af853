package dev.keyless.policy.trust;

/** The token text cannot be read at all (not JSON, not a JWT). A readable but refused token is a {@link TokenMapping} refusal. */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }
}
