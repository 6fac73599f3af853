package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.ConditionKey;
import dev.keyless.policy.catalog.IamCatalog;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a condition key written in a policy is: a key the IAM catalog defines, a key of an OIDC
 * provider that AWS's data cannot list, or one of the ways a key is wrong.
 *
 * <p>Keys of OIDC identity providers are named {@code <provider URL without https://>:<claim>}
 * ({@code token.actions.githubusercontent.com:sub},
 * {@code oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:aud}). The Service Authorization Reference lists
 * only the built-in providers' keys and some provider-specific claims; the generic {@code aud},
 * {@code sub} and {@code amr} keys that IAM fills for every OIDC provider ("Available keys for AWS web
 * identity federation", IAM User Guide, reference_policies_iam-condition-keys.html#condition-keys-wif)
 * and every key of a provider the reference does not know are valid in a role trust policy, so they
 * are never reported as unknown. AWS service prefixes never contain a dot; provider hosts always do.
 */
final class ConditionKeyLookup {

    /** The outcome of looking a key up. */
    enum Kind {
        /** The catalog defines it; {@link Result#definition()} is present. */
        KNOWN,
        /** An OIDC provider's key the catalog cannot list: valid, type String by AWS's docs. */
        OIDC_PROVIDER_KEY,
        /** Not {@code prefix:name}. */
        BAD_FORMAT,
        /** An {@code aws:} key that does not exist. */
        UNKNOWN_GLOBAL,
        /** {@code aws:ResourceTag}, {@code aws:RequestTag} or {@code aws:PrincipalTag} without a tag key. */
        MISSING_TAG_KEY,
        /** The prefix is a known service (or provider) that defines no such key. */
        UNKNOWN_SERVICE_KEY,
        /** The prefix is no service at all. */
        UNKNOWN_SERVICE
    }

    record Result(Kind kind, String prefix, Optional<ConditionKey> definition) {}

    /** Claims IAM exposes for any OIDC provider. */
    private static final Set<String> GENERIC_OIDC_CLAIMS = Set.of("aud", "sub", "amr");
    private static final Set<String> TAG_KEYS = Set.of("aws:resourcetag", "aws:requesttag", "aws:principaltag");

    private final IamCatalog catalog;

    ConditionKeyLookup(IamCatalog catalog) {
        this.catalog = catalog;
    }

    Result lookUp(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            return new Result(Kind.BAD_FORMAT, colon < 0 ? "" : key.substring(0, colon), Optional.empty());
        }
        String prefix = key.substring(0, colon);
        Optional<ConditionKey> known = catalog.conditionKey(key);
        if (known.isPresent()) {
            return new Result(Kind.KNOWN, prefix, known);
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (prefix.equalsIgnoreCase("aws")) {
            String bare = lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
            return new Result(TAG_KEYS.contains(bare) ? Kind.MISSING_TAG_KEY : Kind.UNKNOWN_GLOBAL, prefix,
                    Optional.empty());
        }
        boolean ownedByAService = !catalog.conditionKeyOwners(prefix).isEmpty();
        if (isProviderHost(prefix)) {
            String claim = lower.substring(colon + 1);
            if (GENERIC_OIDC_CLAIMS.contains(claim) || !ownedByAService) {
                return new Result(Kind.OIDC_PROVIDER_KEY, prefix, Optional.empty());
            }
        }
        return new Result(ownedByAService ? Kind.UNKNOWN_SERVICE_KEY : Kind.UNKNOWN_SERVICE, prefix, Optional.empty());
    }

    static boolean isProviderHost(String prefix) {
        return prefix.indexOf('.') > 0;
    }
}
