package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;

import java.util.List;
import java.util.Optional;

/**
 * INVALID_PRINCIPAL_FORMAT (ERROR): a Principal or NotPrincipal written as a string other than
 * {@code "*"}; INVALID_PRINCIPAL_KEY (ERROR): a principal type other than AWS, CanonicalUser,
 * Federated or Service. IAM rejects both.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM JSON policy elements: Principal</a>
 */
public final class PrincipalFormatCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            for (Optional<PrincipalElement> element : List.of(s.principal(), s.notPrincipal())) {
                element.ifPresent(p -> judge(context, p, out));
            }
        }
    }

    private static void judge(CheckContext context, PrincipalElement p, List<Finding> out) {
        boolean bareString = !p.wildcard() && p.entries().isEmpty()
                && context.parsed().text().charAt(p.location().span().start().offset()) == '"';
        if (bareString) {
            out.add(Finding.of(IssueCode.INVALID_PRINCIPAL_FORMAT, IssueCode.INVALID_PRINCIPAL_FORMAT.template(),
                    p.location()));
            return;
        }
        for (PrincipalEntry e : p.entries()) {
            if (!Principals.KEYS.contains(e.type().value())) {
                out.add(Finding.of(IssueCode.INVALID_PRINCIPAL_KEY,
                        IssueCode.INVALID_PRINCIPAL_KEY.details("principal-key", e.type().value()), e.type().location()));
            }
        }
    }
}
