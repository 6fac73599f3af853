package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL (ERROR): a role trust policy whose Principal
 * is {@code "*"} or {@code {"AWS": "*"}} (the same thing) would let anyone in any account assume the
 * role. Only policies declared as role trust policies are judged: a plain resource policy may
 * legitimately name {@code "*"} with narrowing conditions.
 */
public final class TrustWildcardPrincipalCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.isRoleTrustPolicy()) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            s.principal().flatMap(Principals::everyone).ifPresent(where -> out.add(Finding.of(
                    IssueCode.ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL,
                    IssueCode.ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL.template(), where.location())));
        }
    }
}
