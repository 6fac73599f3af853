package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.Wildcard;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Federated} principal value names. A role trust policy names an identity provider
 * by a domain (the built-in web identity providers such as {@code accounts.google.com}), by the ARN
 * of an IAM OIDC provider, or by the ARN of an IAM SAML provider; nothing else is valid
 * (INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY).
 *
 * @param kind      SAML, OIDC (domain or OIDC provider ARN), WILDCARD (left to
 *                  UNSUPPORTED_WILDCARD_IN_PRINCIPAL) or INVALID
 * @param value     as written
 * @param keyPrefix for OIDC, the prefix of the provider's condition keys: the domain, or the
 *                  provider URL without {@code https://} ({@code oidc.eks.us-east-1.amazonaws.com/id/X})
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-federated-web-identity">Principal: web identity session principals</a>
 */
record FederatedProvider(Kind kind, String value, String keyPrefix) {

    enum Kind { SAML, OIDC, WILDCARD, INVALID }

    static final String GOOGLE = "accounts.google.com";

    private static final Pattern SAML_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:saml-provider/[\\w+=,.@-]{1,128}");
    private static final Pattern OIDC_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:oidc-provider/(\\S+)");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]");

    static FederatedProvider of(String value) {
        if (Wildcard.hasWildcard(value)) {
            return new FederatedProvider(Kind.WILDCARD, value, "");
        }
        if (SAML_ARN.matcher(value).matches()) {
            return new FederatedProvider(Kind.SAML, value, "saml");
        }
        Matcher oidc = OIDC_ARN.matcher(value);
        if (oidc.matches()) {
            return new FederatedProvider(Kind.OIDC, value, oidc.group(1));
        }
        if (DOMAIN.matcher(value).matches()) {
            return new FederatedProvider(Kind.OIDC, value, value);
        }
        return new FederatedProvider(Kind.INVALID, value, "");
    }

    boolean oidc() {
        return kind == Kind.OIDC;
    }

    boolean saml() {
        return kind == Kind.SAML;
    }

    /** Google's built-in provider, named by its domain or by an IAM OIDC provider for it. */
    boolean google() {
        return oidc() && keyPrefix.toLowerCase(Locale.ROOT).equals(GOOGLE);
    }

    /** Whether a condition key belongs to this provider ({@code accounts.google.com:sub}). */
    boolean ownsKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        String p = keyPrefix.toLowerCase(Locale.ROOT) + ":";
        return oidc() && k.startsWith(p) && k.length() > p.length();
    }
}
