package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * TYPE_MISMATCH_NUMBER (WARNING): a numeric operator's value that is not a number. AWS's examples
 * write integers and decimals ({@code "s3:max-keys": "10"}); a value such as {@code "one hour"}
 * can never compare as intended.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric">Numeric condition operators</a>
 */
public final class NumericValueCheck implements PolicyCheck {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.base().family() != ConditionOperator.Family.NUMERIC) {
                return;
            }
            for (ConditionValue v : c.values()) {
                if (!ConditionValues.hasVariable(v.text()) && !NUMBER.matcher(v.text()).matches()) {
                    out.add(Finding.of(IssueCode.TYPE_MISMATCH_NUMBER,
                            IssueCode.TYPE_MISMATCH_NUMBER.details("operator", c.operator().value()), v.location()));
                }
            }
        });
    }
}
