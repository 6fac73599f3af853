package dev.keyless.policy.account;

/** The file is not a readable get-account-authorization-details output; the message says what and where. */
public final class AuthorizationDetailsException extends RuntimeException {

    public AuthorizationDetailsException(String message) {
        super(message);
    }
}
