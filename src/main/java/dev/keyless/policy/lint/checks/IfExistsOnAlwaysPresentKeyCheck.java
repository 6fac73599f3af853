package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IF_EXISTS_ON_ALWAYS_PRESENT_KEY (keyless, SUGGESTION): {@code ...IfExists} on a key that is in
 * every request, where the suffix changes nothing and suggests the author expected the key to be
 * missing sometimes. Access Analyzer has no such check.
 *
 * <p>The catalog does not say which keys are always present; AWS's global condition keys page does,
 * key by key ("Availability – This key is always included in the request context"). The list is kept
 * to keys documented so without exception: not {@code aws:PrincipalArn} and the like (absent from
 * anonymous requests) nor {@code aws:ViaAWSService} ("for most services").
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global condition context keys</a>
 */
public final class IfExistsOnAlwaysPresentKeyCheck implements PolicyCheck {

    static final Set<String> ALWAYS_PRESENT = Set.of(
            "aws:currenttime", "aws:epochtime", "aws:requestedregion", "aws:securetransport");

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.ifExists() && op.base() != ConditionOperator.Base.Null && ALWAYS_PRESENT.contains(c.key().value().toLowerCase(Locale.ROOT))) {
                out.add(Finding.of(IssueCode.IF_EXISTS_ON_ALWAYS_PRESENT_KEY,
                        IssueCode.IF_EXISTS_ON_ALWAYS_PRESENT_KEY.details("key", c.key().value(),
                                "operator", c.operator().value(), "base", new ConditionOperator(op.qualifier(), op.base(), false).text()),
                        c.key().location()));
            }
        });
    }
}
