package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.Optional;

/**
 * UNSUPPORTED_WILDCARD_IN_PRINCIPAL (ERROR): {@code *} or {@code ?} inside a principal value. IAM
 * does not match principals by pattern ("You cannot use a wildcard to match part of a principal
 * name or ARN"); the only wildcard it accepts is a whole {@code "*"} for AWS, meaning everyone.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM JSON policy elements: Principal</a>
 */
public final class PrincipalWildcardCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            for (Optional<PrincipalElement> element : List.of(s.principal(), s.notPrincipal())) {
                element.ifPresent(p -> judge(p, out));
            }
        }
    }

    private static void judge(PrincipalElement p, List<Finding> out) {
        for (PrincipalEntry e : p.entries()) {
            String key = e.type().value();
            for (Text v : e.values()) {
                boolean everyone = key.equals("AWS") && v.value().equals("*");
                if (!everyone && Wildcard.hasWildcard(v.value())) {
                    out.add(Finding.of(IssueCode.UNSUPPORTED_WILDCARD_IN_PRINCIPAL,
                            IssueCode.UNSUPPORTED_WILDCARD_IN_PRINCIPAL.details("principal_key", key), v.location()));
                }
            }
        }
    }
}
