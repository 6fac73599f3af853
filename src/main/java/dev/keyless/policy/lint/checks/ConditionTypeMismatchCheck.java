package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.ConditionKey;
import dev.keyless.policy.catalog.ConditionKeyType;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionOperator.Family;
import dev.keyless.policy.model.Statement;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TYPE_MISMATCH (WARNING): an operator family that does not compare the key's type, e.g.
 * {@code DateGreaterThan} on a string key or {@code StringEquals} on {@code aws:SecureTransport}.
 * IAM then converts or fails the comparison in ways the author did not intend.
 *
 * <p>Which families fit which type follows the IAM User Guide's "Works with ... operators" line of
 * each key: ARN keys work with ARN and string operators ({@code aws:PrincipalArn},
 * {@code aws:SourceArn}); {@code aws:EpochTime} works with date and numeric operators; every other
 * type with its own family only. {@code Null} tests presence and fits every key.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global condition context keys</a>
 */
public final class ConditionTypeMismatchCheck implements PolicyCheck {

    private static final Map<Family, String> NAMES = new EnumMap<>(Map.of(
            Family.STRING, "String", Family.NUMERIC, "Numeric", Family.DATE, "Date", Family.BOOLEAN, "Boolean",
            Family.BINARY, "Binary", Family.IP, "IPAddress", Family.ARN, "ARN"));


    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            for (ConditionClause c : s.conditions()) {
                Optional<ConditionOperator> op = ConditionOperator.parse(c.operator().value());
                Optional<ConditionKey> key = context.catalog().conditionKey(c.key().value());
                if (op.isEmpty() || key.isEmpty() || op.get().base().family() == Family.NULL) {
                    continue;
                }
                Family primary = key.get().type().base().operatorFamily();
                if (!accepted(key.get()).contains(op.get().base().family())) {
                    out.add(Finding.of(IssueCode.TYPE_MISMATCH, IssueCode.TYPE_MISMATCH.details(
                            "allowed", NAMES.get(primary), "operator", c.operator().value(), "key", c.key().value()),
                            c.key().location()));
                }
            }
        }
    }

    static Set<Family> accepted(ConditionKey key) {
        ConditionKeyType.Base base = key.type().base();
        if (base == ConditionKeyType.Base.ARN) {
            return EnumSet.of(Family.ARN, Family.STRING);
        }
        if (key.name().equalsIgnoreCase("aws:EpochTime")) {
            return EnumSet.of(Family.DATE, Family.NUMERIC);
        }
        return EnumSet.of(base.operatorFamily());
    }
}
