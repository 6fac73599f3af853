package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.value.IamDate;

import java.util.List;

/**
 * TYPE_MISMATCH_DATE (WARNING): a date operator's value that is neither an ISO 8601 date/time
 * ({@code 2020-04-01}, {@code 2020-04-01T00:00:00Z}, with or without seconds, fraction or offset) nor
 * a number of seconds since the epoch, the two forms the IAM User Guide documents for date
 * conditions ("aws:EpochTime ... also accepts the number of seconds since January 1, 1970"). The
 * evaluator reads dates with the same {@link IamDate}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date">Date condition operators</a>
 */
public final class DateValueCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.base().family() != ConditionOperator.Family.DATE) {
                return;
            }
            for (ConditionValue v : c.values()) {
                if (!ConditionValues.hasVariable(v.text()) && !isDate(v.text())) {
                    out.add(Finding.of(IssueCode.TYPE_MISMATCH_DATE, IssueCode.TYPE_MISMATCH_DATE.template(),
                            v.location()));
                }
            }
        });
    }

    static boolean isDate(String s) {
        return IamDate.parseOrNull(s) != null;
    }
}
