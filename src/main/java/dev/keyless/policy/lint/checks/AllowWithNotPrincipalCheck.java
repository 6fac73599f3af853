package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * ALLOW_WITH_NOT_PRINCIPAL (SECURITY_WARNING): Allow with NotPrincipal grants access to every
 * principal not listed, anonymous callers included; AWS's NotPrincipal page recommends against
 * combining the two.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html">IAM JSON policy elements: NotPrincipal</a>
 */
public final class AllowWithNotPrincipalCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            if (s.allows() && s.notPrincipal().isPresent()) {
                out.add(Finding.of(IssueCode.ALLOW_WITH_NOT_PRINCIPAL, IssueCode.ALLOW_WITH_NOT_PRINCIPAL.template(),
                        s.notPrincipal().get().location()));
            }
        }
    }
}
