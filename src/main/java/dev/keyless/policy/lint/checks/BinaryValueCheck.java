package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;

import java.util.Base64;
import java.util.List;

/**
 * TYPE_MISMATCH_STRING (WARNING): a {@code BinaryEquals} value that is not base64. IAM compares
 * binary keys "byte for byte against a base-64 encoded representation of the binary value in the
 * policy", so anything else can never match.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals">Binary condition operators</a>
 */
public final class BinaryValueCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            if (op.base().family() != ConditionOperator.Family.BINARY) {
                return;
            }
            for (ConditionValue v : c.values()) {
                if (!ConditionValues.hasVariable(v.text()) && !isBase64(v.text())) {
                    out.add(Finding.of(IssueCode.TYPE_MISMATCH_STRING,
                            IssueCode.TYPE_MISMATCH_STRING.details("operator", c.operator().value()), v.location()));
                }
            }
        });
    }

    static boolean isBase64(String s) {
        if (s.isEmpty() || s.length() % 4 != 0) {
            return false;
        }
        try {
            Base64.getDecoder().decode(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
