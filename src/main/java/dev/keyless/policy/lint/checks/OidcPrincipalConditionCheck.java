package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL (SECURITY_WARNING): an Allow statement trusts an OIDC
 * provider without any condition on that provider's keys ({@code <provider>:aud}, {@code :sub}, ...),
 * so every identity the provider will sign a token for can assume the role. For Google that is
 * every Google account and service account in the world.
 */
public final class OidcPrincipalConditionCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!Principals.mayBeRoleTrust(context)) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            if (!s.allows()) {
                continue;
            }
            for (TrustedProviders.Trusted t : TrustedProviders.of(s)) {
                if (t.provider().oidc() && s.conditions().stream().map(ConditionClause::key)
                        .noneMatch(k -> t.provider().ownsKey(k.value()))) {
                    out.add(Finding.of(IssueCode.MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL,
                            IssueCode.MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL.template(), t.value().location()));
                }
            }
        }
    }
}
