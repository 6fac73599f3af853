package dev.keyless.policy.lint.checks;

import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an Allow statement that trusts accounts.google.com pins one of Google's identity keys.
 * Conditions of one statement are AND-ed, so one exact pin is enough whatever else is there:
 * <ul>
 *   <li>{@code EXACT}: some clause compares the key with plain {@code StringEquals} (no IfExists,
 *       no set qualifier);</li>
 *   <li>{@code LOOSE}: no exact pin, but a non-negated operator compares it (StringLike,
 *       StringEqualsIgnoreCase, ...IfExists, ForAnyValue/ForAllValues), any of which can admit tokens
 *       other than the pinned one, or tokens without the key;</li>
 *   <li>{@code NONE}: nothing compares it positively (negated operators and Null never pin).</li>
 * </ul>
 * Key names compare case-insensitively, as IAM compares them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif">Available keys for AWS web identity federation</a>
 */
final class GooglePins {

    static final String AUD = "accounts.google.com:aud";
    static final String SUB = "accounts.google.com:sub";
    static final String OAUD = "accounts.google.com:oaud";

    enum Strength { EXACT, LOOSE, NONE }

    record Pin(Strength strength, List<ConditionClause> loose) {}

    private GooglePins() {}

    /** The statement trusts Google's provider and allows: the only statements these checks judge. */
    static Optional<TrustedProviders.Trusted> google(Statement s) {
        if (!s.allows()) {
            return Optional.empty();
        }
        return TrustedProviders.of(s).stream().filter(t -> t.provider().google()).findFirst();
    }

    static Pin pin(Statement s, String key) {
        List<ConditionClause> loose = new ArrayList<>();
        for (ConditionClause c : s.conditions()) {
            if (!c.key().value().equalsIgnoreCase(key)) {
                continue;
            }
            Optional<ConditionOperator> op = ConditionOperator.parse(c.operator().value());
            if (op.isEmpty() || op.get().base().negated() || op.get().base() == ConditionOperator.Base.Null) {
                continue;
            }
            if (exact(op.get())) {
                return new Pin(Strength.EXACT, List.of());
            }
            loose.add(c);
        }
        return new Pin(loose.isEmpty() ? Strength.NONE : Strength.LOOSE, loose);
    }

    private static boolean exact(ConditionOperator op) {
        return op.base() == ConditionOperator.Base.StringEquals && !op.ifExists()
                && op.qualifier() == ConditionOperator.Qualifier.NONE;
    }
}
