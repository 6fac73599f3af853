package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * MISSING_RESOURCE (ERROR): a statement with neither Resource nor NotResource. Access Analyzer's
 * reference: "All policies except role trust policies must include a Resource or NotResource
 * element." Which policies count as trust policies follows what Access Analyzer shows:
 * <ul>
 *   <li>RESOURCE_POLICY with {@code AWS::IAM::AssumeRolePolicyDocument}: never reported;</li>
 *   <li>RESOURCE_POLICY without a resource type: a statement whose actions are all STS actions is a
 *       trust statement and not reported. AWS's own {@code aws accessanalyzer validate-policy}
 *       example validates a Cognito trust policy this way and gets no MISSING_RESOURCE;</li>
 *   <li>SCPs and RCPs are left to their own syntax rules (an SCP Allow statement has no Resource).</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-resource">Missing resource</a>
 * @see <a href="https://awscli.amazonaws.com/v2/documentation/api/latest/reference/accessanalyzer/validate-policy.html">aws accessanalyzer validate-policy, example</a>
 */
public final class MissingResourceCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        boolean identity = context.isIdentityPolicy();
        boolean resource = context.isResourcePolicy() && !context.isRoleTrustPolicy();
        if (!identity && !resource) {
            return;
        }
        boolean untyped = context.request().resourceType().isEmpty();
        for (Statement s : context.policy().statements()) {
            if (context.hasElement(s, "Resource") || context.hasElement(s, "NotResource")) {
                continue;
            }
            if (resource && untyped && onlyStsActions(s.actions())) {
                continue;
            }
            out.add(Finding.of(IssueCode.MISSING_RESOURCE, IssueCode.MISSING_RESOURCE.template(), Locations.opening(s.location())));
        }
    }

    private static boolean onlyStsActions(Optional<ElementList> actions) {
        if (actions.isEmpty() || actions.get().values().isEmpty()) {
            return false;
        }
        for (Text a : actions.get().values()) {
            if (!a.value().toLowerCase(Locale.ROOT).startsWith("sts:")) {
                return false;
            }
        }
        return true;
    }
}
