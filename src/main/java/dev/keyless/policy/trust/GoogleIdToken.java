package dev.keyless.policy.trust;

import java.util.List;
import java.util.Optional;

/**
 * The claims of a Google ID token that matter to AWS, as they were written: {@code iss}, {@code aud}
 * (a string in Google's tokens; kept as a list because JWT allows an array), {@code azp}, {@code sub},
 * {@code email}, and the Google Cloud organization number of the account when the token names one.
 * {@code alg} is the header's algorithm when the token was given as a compact JWT.
 */
public record GoogleIdToken(Optional<String> iss, List<String> aud, Optional<String> azp, Optional<String> sub,
                            Optional<String> email, Optional<String> alg, boolean signed,
                            Optional<String> organizationNumber) {

    public GoogleIdToken {
        aud = List.copyOf(aud);
    }

    /** A token that names no organization. */
    public GoogleIdToken(Optional<String> iss, List<String> aud, Optional<String> azp, Optional<String> sub,
                         Optional<String> email, Optional<String> alg, boolean signed) {
        this(iss, aud, azp, sub, email, alg, signed, Optional.empty());
    }

    /** The same token, naming the organization {@code number}. */
    public GoogleIdToken withOrganization(String number) {
        return new GoogleIdToken(iss, aud, azp, sub, email, alg, signed, Optional.of(number));
    }

    /** Claims given on their own (a decoded payload): nothing is known about the signature. */
    public static GoogleIdToken claims(String iss, String aud, String azp, String sub) {
        return new GoogleIdToken(Optional.ofNullable(iss), aud == null ? List.of() : List.of(aud),
                Optional.ofNullable(azp), Optional.ofNullable(sub), Optional.empty(), Optional.empty(), true);
    }
}
