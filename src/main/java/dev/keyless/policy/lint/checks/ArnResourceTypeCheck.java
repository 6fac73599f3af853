package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.Optional;

/**
 * Each well-formed Resource and NotResource ARN against the ARN formats of its service field in
 * the IAM catalog. First the resource part (after the fifth colon) picks the resource types it
 * could name; then Region and account are judged against those types:
 * <ul>
 *   <li>INVALID_ARN_RESOURCE (ERROR): the resource part fits no format of the service;</li>
 *   <li>ARN_REGION_NOT_ALLOWED / MISSING_ARN_REGION (ERROR): a Region where none of those types
 *       has one ({@code arn:aws:s3:us-east-1::bucket}), or none where all of them need one;</li>
 *   <li>ARN_ACCOUNT_NOT_ALLOWED (ERROR): an account where none of those types has one (S3 buckets);</li>
 *   <li>INVALID_ARN_ACCOUNT (ERROR): an account that is not 12 digits (or {@code aws}, the owner
 *       of AWS managed policies).</li>
 * </ul>
 * Fields written with wildcards or policy variables can stand for anything and are not judged.
 * Whether a Region exists for a service (INVALID_ARN_REGION) is not in the catalog and not checked.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Service Authorization Reference: resource types and ARN formats</a>
 */
public final class ArnResourceTypeCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            check(context, s.resource(), out);
            check(context, s.notResource(), out);
        }
    }

    private static void check(CheckContext context, Optional<ElementList> element, List<Finding> out) {
        if (element.isEmpty()) {
            return;
        }
        for (Text value : element.get().values()) {
            ResourceValue resource = ResourceValue.of(context, value.value());
            if (resource.judged()) {
                resource.judge(context, value, out);
            }
        }
    }
}
