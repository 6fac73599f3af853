package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;

import java.util.List;

/**
 * WILDCARD_WITHOUT_LIKE_OPERATOR (WARNING): a {@code *} or {@code ?} in the value of a string
 * operator that compares literally (StringEquals, StringNotEquals and their IgnoreCase forms), where
 * it matches only itself. ARN operators are exempt: ArnEquals matches wildcards like ArnLike. The
 * policy variables {@code ${*}} and {@code ${?}} stand for a literal character and are exempt too.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String">String condition operators</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars">Special characters</a>
 */
public final class WildcardWithoutLikeOperatorCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.base().family() != ConditionOperator.Family.STRING || op.base().isLike()) {
                return;
            }
            for (ConditionValue v : c.values()) {
                String literal = v.text().replace("${*}", "").replace("${?}", "");
                if (literal.indexOf('*') >= 0 || literal.indexOf('?') >= 0) {
                    out.add(Finding.of(IssueCode.WILDCARD_WITHOUT_LIKE_OPERATOR,
                            IssueCode.WILDCARD_WITHOUT_LIKE_OPERATOR.template(), v.location()));
                }
            }
        });
    }
}
