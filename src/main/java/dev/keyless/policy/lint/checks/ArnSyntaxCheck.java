package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of each Resource and NotResource ARN, before anything is looked up per resource type:
 * <ul>
 *   <li>INVALID_ARN_PREFIX (ERROR): not {@code *} and not starting with {@code arn:};</li>
 *   <li>MISSING_ARN_FIELD (ERROR): fewer than six fields. Not when the last field ends in
 *       {@code *}: "If the * wildcard is the last character of a resource ARN segment, it can
 *       expand to match beyond colon boundaries" ({@code arn:aws:s3:*} is valid);</li>
 *   <li>INVALID_PARTITION (ERROR): a partition AWS does not have;</li>
 *   <li>WILDCARD_IN_SERVICE_NAME (SUGGESTION): {@code *} or {@code ?} in the service field;</li>
 *   <li>INVALID_ARN_SERVICE_CASE (ERROR): a service field that is known only in lower case.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">Resource element, wildcards</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">ARN format and partitions</a>
 */
public final class ArnSyntaxCheck implements PolicyCheck {

    /** AWS's partitions (the ARN reference and the SDKs' partition data). */
    static final List<String> PARTITIONS = List.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e",
            "aws-iso-f", "aws-eusc");
    private static final Set<String> KNOWN_PARTITIONS = Set.copyOf(PARTITIONS);
    private static final int FIELDS = 6;

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
            String v = value.value();
            if (v.equals("*")) {
                continue;
            }
            if (!v.startsWith(ResourceArn.PREFIX)) {
                out.add(Finding.of(IssueCode.INVALID_ARN_PREFIX, IssueCode.INVALID_ARN_PREFIX.template(), value.location()));
                continue;
            }
            ResourceValue resource = ResourceValue.of(context, v);
            ResourceArn arn = resource.arn();
            if (arn == null) {
                if (!v.endsWith("*")) {
                    out.add(Finding.of(IssueCode.MISSING_ARN_FIELD,
                            IssueCode.MISSING_ARN_FIELD.details("fields", String.valueOf(FIELDS)), value.location()));
                }
                continue;
            }
            if (ResourceArn.literal(arn.partition()) && !KNOWN_PARTITIONS.contains(arn.partition())) {
                out.add(Finding.of(IssueCode.INVALID_PARTITION, IssueCode.INVALID_PARTITION.details("service", arn.service(),
                        "partition", arn.partition(), "partitions", String.join(", ", PARTITIONS)), value.location()));
            }
            if (ActionName.hasWildcard(arn.service())) {
                out.add(Finding.of(IssueCode.WILDCARD_IN_SERVICE_NAME, IssueCode.WILDCARD_IN_SERVICE_NAME.template(), value.location()));
            } else if (ResourceArn.literal(arn.service()) && resource.rules() == null
                    && context.catalog().arnService(arn.service().toLowerCase(Locale.ROOT)).isPresent()) {
                out.add(Finding.of(IssueCode.INVALID_ARN_SERVICE_CASE,
                        IssueCode.INVALID_ARN_SERVICE_CASE.details("service", arn.service()), value.location()));
            }
        }
    }
}
