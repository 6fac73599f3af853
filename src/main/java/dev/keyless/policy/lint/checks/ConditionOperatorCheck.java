package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;

/**
 * INVALID_CONDITION_OPERATOR (ERROR): an operator IAM does not know. IAM rejects such a policy, so a
 * typo such as {@code StringEqual} never silently turns a condition into "always false". Operators
 * are read from the JSON tree so that one with an empty key object is judged too.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</a>
 */
public final class ConditionOperatorCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            for (JsonValue.Member op : RawConditions.operators(context, s)) {
                if (ConditionOperator.parse(op.name()).isEmpty()) {
                    out.add(Finding.of(IssueCode.INVALID_CONDITION_OPERATOR,
                            IssueCode.INVALID_CONDITION_OPERATOR.details("operator", op.name()), op.keyLocation()));
                }
            }
        }
    }
}
