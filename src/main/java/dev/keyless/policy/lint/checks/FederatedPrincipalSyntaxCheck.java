package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;

/**
 * INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY (ERROR): a Federated principal that is
 * neither a provider domain nor an IAM OIDC or SAML provider ARN, e.g.
 * {@code https://accounts.google.com} (a URL, not the domain). See {@link FederatedProvider}.
 */
public final class FederatedPrincipalSyntaxCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!Principals.mayBeRoleTrust(context)) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            if (s.principal().isEmpty()) {
                continue;
            }
            for (PrincipalEntry e : s.principal().get().entries()) {
                if (!e.type().value().equals(Principals.FEDERATED)) {
                    continue;
                }
                for (Text v : e.values()) {
                    if (FederatedProvider.of(v.value()).kind() == FederatedProvider.Kind.INVALID) {
                        out.add(Finding.of(IssueCode.INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY,
                                IssueCode.INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY.template(),
                                v.location()));
                    }
                }
            }
        }
    }
}
