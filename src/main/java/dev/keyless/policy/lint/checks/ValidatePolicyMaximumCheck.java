package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.JsonPath;

import java.util.List;

/**
 * POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM (ERROR, keyless's own): more than 32,768 characters
 * without whitespace, the most that AWS's cfn-policy-validator sends to Access Analyzer's
 * ValidatePolicy: it reports larger policies under this code instead of validating them (its tests
 * {@code WhenValidatingPoliciesAndPolicyExceedsMaximumValidatePolicySize}). keyless uses the same
 * code and limit, so the live run (#5) can refuse such a policy the same way, and still runs its
 * other checks offline so the answer stays useful.
 *
 * @see <a href="https://github.com/awslabs/aws-cloudformation-iam-policy-validator">cfn-policy-validator</a>
 */
public final class ValidatePolicyMaximumCheck implements PolicyCheck {

    static final int MAXIMUM = 32_768;

    @Override
    public void check(CheckContext context, List<Finding> out) {
        int size = context.sizeWithoutWhitespace();
        if (size > MAXIMUM) {
            IssueCode code = IssueCode.POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM;
            out.add(Finding.of(code, code.details("policySize", String.valueOf(size), "policySizeQuota", String.valueOf(MAXIMUM)),
                    Locations.opening(JsonPath.ROOT, context.policy().location())));
        }
    }
}
