package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * MISSING_PRINCIPAL (ERROR): a statement of a resource-based policy (role trust policies included)
 * with neither Principal nor NotPrincipal: a resource policy grants to nobody it does not name.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal element</a>
 */
public final class MissingPrincipalCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.isResourcePolicy()) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            if (!context.hasElement(s, "Principal") && !context.hasElement(s, "NotPrincipal")) {
                out.add(Finding.of(IssueCode.MISSING_PRINCIPAL, IssueCode.MISSING_PRINCIPAL.template(),
                        Locations.opening(s.location())));
            }
        }
    }
}
