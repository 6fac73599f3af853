package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;

/**
 * UNSUPPORTED_PRINCIPAL (ERROR): Principal or NotPrincipal in an identity-based policy. The
 * principal of an identity policy is whoever it is attached to; IAM rejects the element there.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal element</a>
 */
public final class UnsupportedPrincipalCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.isIdentityPolicy()) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            for (String element : List.of("Principal", "NotPrincipal")) {
                context.rawElement(s, element).map(JsonValue::location).ifPresent(at -> out.add(Finding.of(
                        IssueCode.UNSUPPORTED_PRINCIPAL,
                        IssueCode.UNSUPPORTED_PRINCIPAL.details("policy_type", context.request().policyType().name()), at)));
            }
        }
    }
}
