package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;
import java.util.Map;

/**
 * GOOGLE_TRUST_MISSING_AUD, _SUB, _OAUD (keyless, SECURITY_WARNING): an Allow statement trusting
 * accounts.google.com that does not pin each of Google's three identity keys. STS maps
 * {@code :aud} to the token's azp claim (aud when there is no azp), {@code :oaud} to aud and
 * {@code :sub} to sub; only all three together admit exactly one service account's tokens minted for
 * AWS. See docs/findings.md for the attacks each missing pin allows.
 *
 * <p>Why keyless's own code for a missing aud, rather than Access Analyzer's
 * MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: that check fires only when no key of the provider is
 * used at all; a policy pinning only {@code :oaud} passes it, yet admits any Google identity, because
 * anyone can mint a token for any audience. Reusing AWS's code for a case AWS does not report would
 * make the live and offline runs disagree on what the code means. When no Google key is pinned,
 * both that check and this one report, each for its own reason. A key compared only loosely is
 * GOOGLE_TRUST_WEAK_OPERATOR instead.
 */
public final class GoogleTrustPinsCheck implements PolicyCheck {

    private static final Map<String, IssueCode> CODES = Map.of(
            GooglePins.AUD, IssueCode.GOOGLE_TRUST_MISSING_AUD,
            GooglePins.SUB, IssueCode.GOOGLE_TRUST_MISSING_SUB,
            GooglePins.OAUD, IssueCode.GOOGLE_TRUST_MISSING_OAUD);

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!Principals.mayBeRoleTrust(context)) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            GooglePins.google(s).ifPresent(google -> {
                for (String key : List.of(GooglePins.AUD, GooglePins.SUB, GooglePins.OAUD)) {
                    if (GooglePins.pin(s, key).strength() == GooglePins.Strength.NONE) {
                        IssueCode code = CODES.get(key);
                        out.add(Finding.of(code, code.template(), google.value().location()));
                    }
                }
            });
        }
    }
}
