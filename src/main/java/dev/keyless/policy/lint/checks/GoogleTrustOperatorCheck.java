package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * GOOGLE_TRUST_WEAK_OPERATOR (keyless, SECURITY_WARNING): a Google identity key of a trusting Allow
 * statement is compared, but never with plain StringEquals: {@code StringLike} on
 * {@code accounts.google.com:sub} admits every service account whose ID fits the pattern,
 * {@code ...IfExists} and {@code ForAllValues:} also admit tokens without the key, and
 * {@code StringEqualsIgnoreCase} admits spellings nobody pinned. Reported at each loose clause.
 */
public final class GoogleTrustOperatorCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!Principals.mayBeRoleTrust(context)) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            if (GooglePins.google(s).isEmpty()) {
                continue;
            }
            for (String key : List.of(GooglePins.AUD, GooglePins.SUB, GooglePins.OAUD)) {
                GooglePins.Pin pin = GooglePins.pin(s, key);
                if (pin.strength() != GooglePins.Strength.LOOSE) {
                    continue;
                }
                for (ConditionClause c : pin.loose()) {
                    out.add(Finding.of(IssueCode.GOOGLE_TRUST_WEAK_OPERATOR, IssueCode.GOOGLE_TRUST_WEAK_OPERATOR
                            .details("key", c.key().value(), "operator", c.operator().value()), c.key().location()));
                }
            }
        }
    }
}
