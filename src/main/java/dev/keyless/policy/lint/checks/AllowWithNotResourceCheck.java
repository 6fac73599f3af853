package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * ALLOW_WITH_NOT_RESOURCE (keyless, SECURITY_WARNING). Allow with NotResource grants the actions on
 * every resource except those listed, including resources created later and in other accounts;
 * Access Analyzer reports it only for iam:PassRole and iam:CreateServiceLinkedRole. Role trust
 * policies are left to ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE, which rejects NotResource there.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html">IAM JSON policy elements: NotResource</a>
 */
public final class AllowWithNotResourceCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (context.isRoleTrustPolicy()) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            if (s.allows() && s.notResource().isPresent()) {
                out.add(Finding.of(IssueCode.ALLOW_WITH_NOT_RESOURCE, IssueCode.ALLOW_WITH_NOT_RESOURCE.template(),
                        s.notResource().get().location()));
            }
        }
    }
}
