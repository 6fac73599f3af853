package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;

import java.util.List;

/**
 * TYPE_MISMATCH_BOOLEAN (WARNING): a {@code Bool} value other than {@code true} or {@code false}
 * (JSON boolean or string, as AWS's examples write them); INVALID_CONDITION_MULTIPLE_BOOLEAN
 * (ERROR): several Boolean values for one key, which either repeat themselves or make the condition
 * always true.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean">Boolean condition operators</a>
 */
public final class BooleanValueCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.base() != ConditionOperator.Base.Bool) {
                return;
            }
            for (ConditionValue v : c.values()) {
                if (!ConditionValues.hasVariable(v.text()) && !v.text().equals("true") && !v.text().equals("false")) {
                    out.add(Finding.of(IssueCode.TYPE_MISMATCH_BOOLEAN,
                            IssueCode.TYPE_MISMATCH_BOOLEAN.details("operator", c.operator().value()), v.location()));
                }
            }
            if (c.values().size() > 1 && op.qualifier() == ConditionOperator.Qualifier.NONE) {
                out.add(Finding.of(IssueCode.INVALID_CONDITION_MULTIPLE_BOOLEAN,
                        IssueCode.INVALID_CONDITION_MULTIPLE_BOOLEAN.template(), c.valuesLocation()));
            }
        });
    }
}
