package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * NULL_WITH_IF_EXISTS (ERROR) and NULL_WITH_QUALIFIER (SUGGESTION). {@code Null} already asks
 * whether a key is present, so "if it exists" contradicts it; with a set qualifier it always
 * evaluates to true (ForAllValues) or false (ForAnyValue), whatever the request.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null">Condition operator to check existence of condition keys</a>
 */
public final class NullOperatorCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            for (JsonValue.Member op : RawConditions.operators(context, s)) {
                Optional<ConditionOperator> parsed = ConditionOperator.parse(op.name());
                if (parsed.isEmpty() || parsed.get().base() != ConditionOperator.Base.Null) {
                    continue;
                }
                if (parsed.get().ifExists()) {
                    out.add(Finding.of(IssueCode.NULL_WITH_IF_EXISTS, IssueCode.NULL_WITH_IF_EXISTS.template(),
                            op.keyLocation()));
                }
                if (parsed.get().qualifier() != ConditionOperator.Qualifier.NONE) {
                    out.add(Finding.of(IssueCode.NULL_WITH_QUALIFIER, IssueCode.NULL_WITH_QUALIFIER.template(),
                            op.keyLocation()));
                }
            }
        }
    }
}
