package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.value.IpRange;

import java.util.List;
import java.util.Optional;

/**
 * TYPE_MISMATCH_IP_RANGE (WARNING): an IpAddress/NotIpAddress value that is not an IPv4 or IPv6
 * address or CIDR range; IMPROVE_IP_RANGE (SUGGESTION): a range with bits set after the prefix,
 * which IAM ignores ({@code 203.0.113.7/24} means {@code 203.0.113.0/24}), so the author probably
 * meant something narrower.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress">IP address condition operators</a>
 */
public final class IpAddressValueCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.base().family() != ConditionOperator.Family.IP) {
                return;
            }
            for (ConditionValue v : c.values()) {
                if (ConditionValues.hasVariable(v.text())) {
                    continue;
                }
                Optional<IpRange> range = IpRange.parse(v.text());
                if (range.isEmpty()) {
                    out.add(Finding.of(IssueCode.TYPE_MISMATCH_IP_RANGE,
                            IssueCode.TYPE_MISMATCH_IP_RANGE.details("operator", c.operator().value()), v.location()));
                } else if (range.get().written() && range.get().hostBitsSet()) {
                    out.add(Finding.of(IssueCode.IMPROVE_IP_RANGE,
                            IssueCode.IMPROVE_IP_RANGE.details("addr", range.get().networkText()), v.location()));
                }
            }
        });
    }
}
