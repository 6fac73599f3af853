package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ALLOW_WITH_WILDCARD_PRINCIPAL (keyless, SECURITY_WARNING): a resource policy that allows every
 * principal ({@code "*"} or {@code {"AWS": "*"}}) with no condition that narrows who may call.
 * ValidatePolicy has no such check (Access Analyzer reports public access through its analyzers and
 * CheckNoPublicAccess); AWS's Principal page advises against a wildcard principal with Allow unless
 * public or anonymous access is intended, and to narrow it with conditions otherwise.
 *
 * <p>A condition narrows when it compares, with a non-negated operator and without IfExists or
 * ForAllValues (both of which match when the key is absent), one of the keys that identify the
 * caller's account, organization, source or network path. Role trust policies are left to
 * ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous">All principals</a>
 */
public final class WildcardPrincipalCheck implements PolicyCheck {

    static final Set<String> NARROWING_KEYS = Set.of(
            "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
            "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceowner",
            "aws:sourcevpc", "aws:sourcevpce", "aws:userid");

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (context.request().policyType() != PolicyType.RESOURCE_POLICY || context.isRoleTrustPolicy()) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            if (!s.allows() || s.principal().isEmpty()) {
                continue;
            }
            Optional<Text> everyone = Principals.everyone(s.principal().get());
            if (everyone.isPresent() && s.conditions().stream().noneMatch(WildcardPrincipalCheck::narrows)) {
                String written = s.principal().get().wildcard() ? "\"*\"" : "{\"AWS\": \"*\"}";
                out.add(Finding.of(IssueCode.ALLOW_WITH_WILDCARD_PRINCIPAL,
                        IssueCode.ALLOW_WITH_WILDCARD_PRINCIPAL.details("principal", written),
                        everyone.get().location()));
            }
        }
    }

    static boolean narrows(ConditionClause c) {
        if (!NARROWING_KEYS.contains(c.key().value().toLowerCase(Locale.ROOT)) || c.values().isEmpty()) {
            return false;
        }
        return ConditionOperator.parse(c.operator().value())
                .filter(op -> !op.base().negated() && !op.ifExists() && op.base() != ConditionOperator.Base.Null
                        && op.qualifier() != ConditionOperator.Qualifier.FOR_ALL_VALUES)
                .isPresent();
    }
}
