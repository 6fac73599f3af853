package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.JsonPath;

import java.util.List;

/**
 * POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM (WARNING, keyless's own): more than 32,768 characters
 * without whitespace, the most that AWS's cfn-policy-validator sends to Access Analyzer's
 * ValidatePolicy: it reports larger policies under this code instead of validating them (its tests
 * {@code WhenValidatingPoliciesAndPolicyExceedsMaximumValidatePolicySize}). keyless uses the same
 * code and limit and still runs its other checks offline so the answer stays useful.
 *
 * <p>A WARNING, not an ERROR: it is a limit of a tool, not a defect of the policy. Access Analyzer
 * defines no such finding, cfn-policy-validator itself skips the limit for AWS managed policies
 * ({@code ...AndIsAWSManagedPolicy: test_ignores_max_size}), and AWS's own ReadOnlyAccess and seven
 * other managed policies exceed it and work. A customer policy this large already has Access
 * Analyzer's POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA (6,144).
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
