package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL (ERROR): a role trust policy must name who may assume
 * the role; NotPrincipal (everyone but ...) is not supported there. Independent of
 * ALLOW_WITH_NOT_PRINCIPAL, which reports the same statement's security risk.
 */
public final class TrustPolicyNotPrincipalCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.isRoleTrustPolicy()) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            s.notPrincipal().ifPresent(p -> out.add(Finding.of(IssueCode.ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL,
                    IssueCode.ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL.template(), p.location())));
        }
    }
}
