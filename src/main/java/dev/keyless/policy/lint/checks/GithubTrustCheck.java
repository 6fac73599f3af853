package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.model.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * GitHub Actions' OIDC provider ({@code token.actions.githubusercontent.com}, optionally with an
 * enterprise path): MISSING_GITHUB_REPO_CONDITION_KEY (SECURITY_WARNING) when an Allow statement
 * trusting it does not compare {@code :sub}, so any workflow of any repository on GitHub can assume
 * the role; SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED (WARNING) for a wildcard in a Like
 * operator's {@code :sub} value, which admits more repositories, branches or environments than
 * named.
 *
 * @see <a href="https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services">GitHub: Configuring OpenID Connect in Amazon Web Services</a>
 */
public final class GithubTrustCheck implements PolicyCheck {

    private static final String GITHUB = "token.actions.githubusercontent.com";

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
                String prefix = t.provider().keyPrefix().toLowerCase(Locale.ROOT);
                if (!t.provider().oidc() || !(prefix.equals(GITHUB) || prefix.startsWith(GITHUB + "/"))) {
                    continue;
                }
                String sub = prefix + ":sub";
                List<ConditionClause> subs = s.conditions().stream()
                        .filter(c -> c.key().value().equalsIgnoreCase(sub)).filter(GithubTrustCheck::positive).toList();
                if (subs.isEmpty()) {
                    out.add(Finding.of(IssueCode.MISSING_GITHUB_REPO_CONDITION_KEY,
                            IssueCode.MISSING_GITHUB_REPO_CONDITION_KEY.template(), t.value().location()));
                }
                for (ConditionClause c : subs) {
                    boolean like = ConditionOperator.parse(c.operator().value()).map(op -> op.base().isLike()).orElse(false);
                    for (ConditionValue v : c.values()) {
                        if (like && Wildcard.hasWildcard(v.text())) {
                            out.add(Finding.of(IssueCode.SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED,
                                    IssueCode.SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED.template(), v.location()));
                        }
                    }
                }
            }
        }
    }

    private static boolean positive(ConditionClause c) {
        Optional<ConditionOperator> op = ConditionOperator.parse(c.operator().value());
        return op.isPresent() && !op.get().base().negated() && op.get().base() != ConditionOperator.Base.Null;
    }
}
