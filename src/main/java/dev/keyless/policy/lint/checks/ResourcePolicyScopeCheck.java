package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.FieldUse;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UNSUPPORTED_ACTION_IN_POLICY and UNSUPPORTED_RESOURCE_ARN_IN_POLICY (ERROR): a resource policy
 * validated for a resource type ({@code --validate-policy-resource-type}) names actions or
 * resources that a policy attached to that resource cannot govern. AWS's examples: "AWS Key
 * Management Service actions aren't supported in Amazon S3 bucket policies", "AWS KMS ARNs aren't
 * supported in the Resource element for Amazon S3 bucket policies". Access Analyzer also reports
 * {@code "Resource": "*"} in a bucket policy (AWS's terraform-iam-policy-validator example report 3
 * shows UNSUPPORTED_RESOURCE_ARN_IN_POLICY for it): a bucket policy governs its bucket and objects.
 * <ul>
 *   <li>AWS::S3::Bucket: {@code s3} actions; S3 bucket and object ARNs;</li>
 *   <li>AWS::S3::AccessPoint, AWS::S3::MultiRegionAccessPoint: {@code s3} actions and ARNs;</li>
 *   <li>AWS::S3ObjectLambda::AccessPoint: {@code s3-object-lambda} actions and ARNs;</li>
 *   <li>AWS::DynamoDB::Table: {@code dynamodb} actions and ARNs.</li>
 * </ul>
 * Role trust policies have checks of their own. Only Action and Resource values are judged, and a
 * value written with wildcards in its service ({@code *}) only where AWS's example shows it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-action-in-policy">Unsupported action in policy</a>
 */
public final class ResourcePolicyScopeCheck implements PolicyCheck {

    /**
     * What a policy attached to a resource type can govern: actions of {@code service}, ARNs with
     * one of {@code arnServices} and, when given, of one of {@code types}; {@code star} says whether
     * {@code "Resource": "*"} is accepted (known not to be for buckets).
     */
    private record Scope(String service, Set<String> arnServices, Set<String> types, boolean star) {}

    private static final Map<String, Scope> SCOPES = Map.of(
            ValidateRequest.S3_BUCKET, new Scope("s3", Set.of("s3"), Set.of("bucket", "object"), false),
            "AWS::S3::AccessPoint", new Scope("s3", Set.of("s3"), Set.of(), true),
            "AWS::S3::MultiRegionAccessPoint", new Scope("s3", Set.of("s3"), Set.of(), true),
            "AWS::S3ObjectLambda::AccessPoint", new Scope("s3-object-lambda", Set.of("s3-object-lambda"), Set.of(), true),
            "AWS::DynamoDB::Table", new Scope("dynamodb", Set.of("dynamodb"), Set.of(), true));

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.isResourcePolicy() || context.request().resourceType().isEmpty()) {
            return;
        }
        String resourceType = context.request().resourceType().get();
        Scope scope = SCOPES.get(resourceType);
        if (scope == null) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            s.action().ifPresent(a -> a.values().forEach(v -> action(context, v, scope, resourceType, out)));
            s.resource().ifPresent(r -> r.values().forEach(v -> resource(context, v, scope, resourceType, out)));
        }
    }

    private static void action(CheckContext context, Text value, Scope scope, String resourceType, List<Finding> out) {
        ActionValue a = ActionValue.of(context, value.value());
        if (!a.namesOneService()) {
            return;
        }
        if (!a.lowerService().equals(scope.service())) {
            out.add(Finding.of(IssueCode.UNSUPPORTED_ACTION_IN_POLICY, IssueCode.UNSUPPORTED_ACTION_IN_POLICY.details(
                    "action", value.value(), "resourceType", resourceType), value.location()));
        }
    }

    private static void resource(CheckContext context, Text value, Scope scope, String resourceType, List<Finding> out) {
        if (supported(context, value, scope)) {
            return;
        }
        out.add(Finding.of(IssueCode.UNSUPPORTED_RESOURCE_ARN_IN_POLICY,
                IssueCode.UNSUPPORTED_RESOURCE_ARN_IN_POLICY.details("resourceType", resourceType), value.location()));
    }

    private static boolean supported(CheckContext context, Text value, Scope scope) {
        String v = value.value();
        if (v.equals("*")) {
            return scope.star();
        }
        ResourceValue resource = ResourceValue.of(context, v);
        ResourceArn arn = resource.arn();
        if (arn == null || !ResourceArn.literal(arn.service())) {
            return true; // the ARN checks report malformed ARNs; a pattern over the service may name these
        }
        if (!scope.arnServices().contains(arn.service())) {
            return false;
        }
        if (scope.types().isEmpty() || !resource.judged() || !resource.wellFormed(context, value)) {
            return true; // an ARN the ARN checks reject is theirs to report
        }
        // The resource part alone cannot tell an access point (Region, account, "accesspoint/x/object/k")
        // from an object key, so the type must also take the ARN's Region and account as written.
        for (ResourceType t : resource.partTypes(context)) {
            if (scope.types().contains(t.name()) && fits(t.arnFormat().region(), arn.region())
                    && fits(t.arnFormat().account(), arn.account())) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(FieldUse use, String written) {
        if (!ResourceArn.literal(written)) {
            return true;
        }
        return written.isEmpty() ? use.allowsEmpty() : use.allowsValue();
    }
}
