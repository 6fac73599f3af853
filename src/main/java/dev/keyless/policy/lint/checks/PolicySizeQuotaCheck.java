package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.model.JsonPath;

import java.util.List;

/**
 * Access Analyzer's size-quota findings, with the default quotas AWS documents:
 * <ul>
 *   <li>identity policy: 6,144 characters without whitespace (the managed policy quota; inline
 *       policies share an aggregate per user 2,048, group 5,120, role 10,240) —
 *       POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA, WARNING;</li>
 *   <li>role trust policy: 2,048 characters without whitespace (adjustable, hence a WARNING that
 *       says to ignore it after an increase) — POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA;</li>
 *   <li>service control policy: 5,120 characters, counted as written: AWS Organizations measures
 *       the stored text and only its console strips whitespace — POLICY_SIZE_EXCEEDS_SCP_QUOTA, ERROR;</li>
 *   <li>S3 bucket policy: 20 KB, counted as written — POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA.
 *       Other resource types have quotas of their own that keyless does not hold.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS quotas</a>
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html">Quotas for AWS Organizations</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html">S3 bucket policies (20 KB)</a>
 */
public final class PolicySizeQuotaCheck implements PolicyCheck {

    static final int IDENTITY_QUOTA = 6_144;
    static final int ROLE_TRUST_QUOTA = 2_048;
    static final int SCP_QUOTA = 5_120;
    static final int S3_BUCKET_QUOTA = 20_480;

    @Override
    public void check(CheckContext context, List<Finding> out) {
        String text = context.parsed().text();
        if (context.isIdentityPolicy()) {
            report(IssueCode.POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA, context.sizeWithoutWhitespace(), IDENTITY_QUOTA, context, out);
        } else if (context.isRoleTrustPolicy()) {
            report(IssueCode.POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA, context.sizeWithoutWhitespace(), ROLE_TRUST_QUOTA, context, out);
        } else if (context.isServiceControlPolicy()) {
            report(IssueCode.POLICY_SIZE_EXCEEDS_SCP_QUOTA, text.length(), SCP_QUOTA, context, out);
        } else if (context.isResourcePolicy()
                && context.request().resourceType().filter(ValidateRequest.S3_BUCKET::equals).isPresent()) {
            report(IssueCode.POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA, text.length(), S3_BUCKET_QUOTA, context, out);
        }
    }

    private static void report(IssueCode code, int size, int quota, CheckContext context, List<Finding> out) {
        if (size > quota) {
            out.add(Finding.of(code, code.details("policySize", String.valueOf(size), "policySizeQuota", String.valueOf(quota)),
                    Locations.opening(JsonPath.ROOT, context.policy().location())));
        }
    }
}
