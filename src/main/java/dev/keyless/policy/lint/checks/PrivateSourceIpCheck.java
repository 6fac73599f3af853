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
 * Private addresses in {@code aws:SourceIp}, which holds only public addresses ("This key is
 * included in the request context, except when the requester uses a VPC endpoint"; requests from
 * a private network reach AWS through an endpoint and carry {@code aws:VpcSourceIp} instead):
 * PRIVATE_IP_ADDRESS / PRIVATE_NOT_IP_ADDRESS (ERROR) when every value of an IpAddress /
 * NotIpAddress condition is private, PRIVATE_IP_ADDRESS_SUBSET / PRIVATE_NOT_IP_ADDRESS_SUBSET
 * (SUGGESTION) when some are. Private means inside an RFC 1918 block (10/8, 172.16/12, 192.168/16)
 * or the IPv6 unique-local block (fc00::/7).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip">aws:SourceIp</a>
 */
public final class PrivateSourceIpCheck implements PolicyCheck {

    private static final List<IpRange> PRIVATE = List.of(
            IpRange.parse("10.0.0.0/8").orElseThrow(), IpRange.parse("172.16.0.0/12").orElseThrow(),
            IpRange.parse("192.168.0.0/16").orElseThrow(), IpRange.parse("fc00::/7").orElseThrow());

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.base().family() != ConditionOperator.Family.IP || !c.key().value().equalsIgnoreCase("aws:SourceIp")) {
                return;
            }
            long privateCount = 0;
            long judged = 0;
            for (ConditionValue v : c.values()) {
                Optional<IpRange> r = IpRange.parse(v.text());
                if (r.isPresent()) {
                    judged++;
                    privateCount += PRIVATE.stream().anyMatch(p -> p.contains(r.get())) ? 1 : 0;
                }
            }
            if (privateCount == 0) {
                return;
            }
            boolean negated = op.base().negated();
            IssueCode code = privateCount == judged
                    ? (negated ? IssueCode.PRIVATE_NOT_IP_ADDRESS : IssueCode.PRIVATE_IP_ADDRESS)
                    : (negated ? IssueCode.PRIVATE_NOT_IP_ADDRESS_SUBSET : IssueCode.PRIVATE_IP_ADDRESS_SUBSET);
            out.add(Finding.of(code, code.template(), c.valuesLocation()));
        });
    }
}
