package dev.keyless.policy.trust;

import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.ContextKeyType;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a Google ID token to the keys AWS evaluates a role trust policy with, as the IAM User Guide
 * documents them ("Available keys for AWS web identity federation"):
 * <ul>
 * <li>{@code accounts.google.com:aud} — the {@code azp} claim when present, otherwise {@code aud};</li>
 * <li>{@code accounts.google.com:oaud} — the {@code aud} claim;</li>
 * <li>{@code accounts.google.com:sub} — the {@code sub} claim;</li>
 * <li>{@code accounts.google.com:google/organization_number} (Numeric, AWS's Service Authorization
 * Reference for STS) — the organization number when the token names one; absent otherwise, so a trust
 * that pins it refuses the token.</li>
 * </ul>
 * For a service account's token from the metadata server {@code azp} and {@code sub} are the account's
 * numeric unique id and {@code aud} is the audience the workload asked for, which is why a trust
 * policy must pin {@code :aud} (or {@code :sub}) to the account and {@code :oaud} to a dedicated
 * audience.
 */
public final class GoogleWebIdentity {

    public static final String PROVIDER = "accounts.google.com";
    public static final String AUD = PROVIDER + ":aud";
    public static final String OAUD = PROVIDER + ":oaud";
    public static final String SUB = PROVIDER + ":sub";
    public static final String ORGANIZATION = PROVIDER + ":google/organization_number";

    private GoogleWebIdentity() {}

    public static TokenMapping map(GoogleIdToken token) {
        String iss = token.iss().orElse(null);
        if (iss == null) {
            return TokenMapping.refused("the token has no iss claim; STS accepts only tokens from the provider the role trusts");
        }
        if (!iss.equals("https://accounts.google.com") && !iss.equals("accounts.google.com")) {
            return TokenMapping.refused("the token was issued by " + iss + ", not accounts.google.com: STS matches a token"
                    + " to the identity provider named by its iss claim, so this role's Federated principal"
                    + " accounts.google.com does not accept it");
        }
        if (!token.signed()) {
            return TokenMapping.refused("the token is unsigned (alg " + token.alg().orElse("missing")
                    + "): STS rejects tokens without a valid signature from the issuer (InvalidIdentityToken)");
        }
        if (token.aud().size() != 1) {
            return TokenMapping.refused(token.aud().isEmpty() ? "the token has no aud claim"
                    : "the token names several audiences; a Google ID token carries exactly one aud");
        }
        if (token.sub().isEmpty()) {
            return TokenMapping.refused("the token has no sub claim");
        }
        String aud = token.aud().get(0);
        List<ContextEntry> keys = new ArrayList<>(3);
        keys.add(ContextEntry.of(AUD, ContextKeyType.STRING, token.azp().orElse(aud)));
        keys.add(ContextEntry.of(OAUD, ContextKeyType.STRING, aud));
        keys.add(ContextEntry.of(SUB, ContextKeyType.STRING, token.sub().get()));
        token.organizationNumber().ifPresent(o -> keys.add(ContextEntry.of(ORGANIZATION, ContextKeyType.NUMERIC, o)));
        return new TokenMapping(keys, java.util.Optional.empty());
    }
}
