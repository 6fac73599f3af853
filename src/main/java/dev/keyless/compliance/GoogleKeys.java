package dev.keyless.compliance;

import java.util.Locale;

/**
 * The accounts.google.com condition keys STS fills from a Google ID token (IAM User Guide,
 * "Available keys for AWS web identity federation"): {@code :aud} from the token's {@code azp}
 * (or {@code aud} when there is no azp), {@code :oaud} from {@code aud}, {@code :sub} from {@code sub}.
 * Condition key names compare case-insensitively.
 */
final class GoogleKeys {

    static final String PROVIDER = "accounts.google.com";
    static final String AUD = "accounts.google.com:aud";
    static final String SUB = "accounts.google.com:sub";
    static final String OAUD = "accounts.google.com:oaud";
    /** Numeric in AWS's Service Authorization Reference for STS: the token's Google Cloud organization. */
    static final String ORGANIZATION = "accounts.google.com:google/organization_number";

    private GoogleKeys() {}

    static boolean isGoogleKey(String key) {
        return key.toLowerCase(Locale.ROOT).startsWith(PROVIDER + ":");
    }

    static boolean same(String a, String b) {
        return a.equalsIgnoreCase(b);
    }
}
