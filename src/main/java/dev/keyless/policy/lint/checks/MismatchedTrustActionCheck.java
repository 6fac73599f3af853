package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * MISMATCHED_ACTION_FOR_PRINCIPAL (ERROR): an assume-role action the trusted principal cannot use.
 * STS lets an OIDC provider's users in only through {@code sts:AssumeRoleWithWebIdentity}, a SAML
 * provider's only through {@code sts:AssumeRoleWithSAML}, and IAM principals and services only
 * through {@code sts:AssumeRole}; a mismatched pair is dead at best, and at worst the sign of a
 * policy that trusts someone other than intended. {@code sts:TagSession},
 * {@code sts:SetSourceIdentity} and {@code sts:SetContext} accompany any of them.
 *
 * <p>Locations follow Access Analyzer's own answer in the AWS CLI reference (validate-policy
 * example): the action, then each mismatched principal.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html">Create a role for OpenID Connect federation</a>
 */
public final class MismatchedTrustActionCheck implements PolicyCheck {

    private record Trusted(String type, Text value, FederatedProvider provider, Location entry) {}

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!Principals.mayBeRoleTrust(context)) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            if (!s.allows() || s.action().isEmpty() || s.principal().isEmpty() || s.principal().get().wildcard()) {
                continue;
            }
            List<Trusted> trusted = new ArrayList<>();
            for (PrincipalEntry e : s.principal().get().entries()) {
                for (Text v : e.values()) {
                    trusted.add(new Trusted(e.type().value(), v, FederatedProvider.of(v.value()), e.location()));
                }
            }
            for (Text action : s.action().get().values()) {
                Predicate<Trusted> misfit = misfitFor(action.value());
                List<Trusted> bad = trusted.stream().filter(misfit).toList();
                if (!bad.isEmpty()) {
                    out.add(finding(action, bad));
                }
            }
        }
    }

    /** Which principals cannot use {@code action}; none for actions that are not an assume-role call. */
    private static Predicate<Trusted> misfitFor(String action) {
        if (action.equalsIgnoreCase("sts:AssumeRole")) {
            return t -> federated(t) && (t.provider().oidc() || t.provider().saml());
        }
        if (action.equalsIgnoreCase("sts:AssumeRoleWithWebIdentity")) {
            return t -> knownKind(t) && !(federated(t) && t.provider().oidc());
        }
        if (action.equalsIgnoreCase("sts:AssumeRoleWithSAML")) {
            return t -> knownKind(t) && !(federated(t) && t.provider().saml());
        }
        return t -> false;
    }

    private static boolean federated(Trusted t) {
        return t.type().equals(Principals.FEDERATED);
    }

    /** Malformed principals are reported by their own checks, not as a mismatch. */
    private static boolean knownKind(Trusted t) {
        if (federated(t)) {
            return t.provider().oidc() || t.provider().saml();
        }
        return Principals.KEYS.contains(t.type()) && !t.value().value().equals("*");
    }

    private static Finding finding(Text action, List<Trusted> bad) {
        List<Location> locations = new ArrayList<>();
        locations.add(action.location());
        Set<Location> entries = new LinkedHashSet<>();
        bad.forEach(t -> entries.add(t.entry()));
        locations.addAll(entries);
        String names = String.join(", ", bad.stream().map(t -> t.value().value()).toList());
        return Finding.of(IssueCode.MISMATCHED_ACTION_FOR_PRINCIPAL,
                IssueCode.MISMATCHED_ACTION_FOR_PRINCIPAL.details("actionName", action.value(), "principalNames", names),
                locations);
    }
}
