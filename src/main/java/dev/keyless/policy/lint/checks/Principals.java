package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Text;

import java.util.Optional;
import java.util.Set;

/** Facts about Principal elements the principal and trust checks share. */
final class Principals {

    /** The principal types IAM accepts ("AWS", "CanonicalUser", "Federated", "Service"). */
    static final Set<String> KEYS = Set.of("AWS", "CanonicalUser", "Federated", "Service");
    static final String FEDERATED = "Federated";

    private Principals() {}

    /**
     * {@code "*"} or {@code {"AWS": "*"}}: both mean every principal, anonymous ones included
     * (IAM User Guide, "AWS JSON policy elements: Principal", All principals).
     */
    static Optional<Text> everyone(PrincipalElement p) {
        if (p.wildcard()) {
            return Optional.of(new Text("*", p.location()));
        }
        for (PrincipalEntry e : p.entries()) {
            if (e.type().value().equals("AWS")) {
                for (Text v : e.values()) {
                    if (v.value().equals("*")) {
                        return Optional.of(v);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a resource policy may be a role trust policy: declared as one, or a resource policy
     * of no declared type. Access Analyzer runs its federation checks on the latter too (the AWS CLI
     * reference's validate-policy example reports MISMATCHED_ACTION_FOR_PRINCIPAL for a Cognito trust
     * policy sent as a plain RESOURCE_POLICY).
     */
    static boolean mayBeRoleTrust(CheckContext context) {
        return context.request().policyType() == PolicyType.RESOURCE_POLICY
                && (context.request().resourceType().isEmpty() || context.isRoleTrustPolicy());
    }
}
