package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * FEDERATED_PRINCIPAL_NOT_SUPPORTED (ERROR): a Federated principal in a resource policy declared for
 * a resource other than a role ({@code AWS::S3::Bucket}, ...). Identity providers can only be
 * trusted by a role; elsewhere the principal never matches. Identity policies take no Principal at
 * all (UNSUPPORTED_PRINCIPAL), and an undeclared resource policy may be a trust policy.
 */
public final class FederatedPrincipalPolicyTypeCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (context.request().policyType() != PolicyType.RESOURCE_POLICY || Principals.mayBeRoleTrust(context)) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            for (PrincipalEntry e : s.principal().map(p -> p.entries()).orElse(List.of())) {
                if (e.type().value().equals(Principals.FEDERATED)) {
                    out.add(Finding.of(IssueCode.FEDERATED_PRINCIPAL_NOT_SUPPORTED,
                            IssueCode.FEDERATED_PRINCIPAL_NOT_SUPPORTED.template(), e.location()));
                }
            }
        }
    }
}
