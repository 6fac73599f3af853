package dev.keyless.aws;

import dev.keyless.compliance.AttachedPolicy;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the fake AWS account holds after a deploy: roles with their trust policies, attached managed
 * policies (each with its default version) and inline policies. The fake's IAM answers GetRole,
 * ListAttachedRolePolicies, GetPolicy, GetPolicyVersion, ListRolePolicies, GetRolePolicy and
 * SimulatePrincipalPolicy from it. Mutable, so a test can change what is deployed (drift).
 */
public final class FakeAccount {

    /** A role as IAM holds it; policies attached by ARN, inline ones by name. */
    public record Role(String name, String arn, String trustPolicy, List<String> attached, Map<String, String> inline) {
        public Role {
            attached = List.copyOf(attached);
            inline = Map.copyOf(new LinkedHashMap<>(inline));
        }
    }

    /** A customer managed policy and the document of its default version. */
    public record ManagedPolicy(String arn, String versionId, String document) {
        public String name() {
            return arn.substring(arn.lastIndexOf('/') + 1);
        }
    }

    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, ManagedPolicy> policies = new LinkedHashMap<>();

    /** An empty account: every role is NoSuchEntity. */
    public static FakeAccount empty() {
        return new FakeAccount();
    }

    /** What {@code pulumi up} of this snapshot creates: its roles and the policies the stack defines for them. */
    public static FakeAccount deploying(StackSnapshot stack) {
        FakeAccount account = new FakeAccount();
        for (RoleUnderReview r : new StackIndex(stack).roles()) {
            List<String> attached = new ArrayList<>();
            for (AttachedPolicy p : r.policies()) {
                if (p.arn().isPresent() && p.document().isPresent()) {
                    account.putPolicy(new ManagedPolicy(p.arn().get(), "v1", p.document().get().text()));
                    attached.add(p.arn().get());
                }
            }
            account.putRole(new Role(r.roleName(), r.arn().orElseThrow(), r.trustPolicy().orElseThrow().text(), attached,
                    Map.of()));
        }
        return account;
    }

    /**
     * An account holding exactly what another IAM holds for a role (read with {@link DeployedRoleReader}):
     * the end-to-end suite answers SimulatePrincipalPolicy from what moto holds, which moto cannot.
     */
    public static FakeAccount holding(DeployedRole role) {
        FakeAccount account = new FakeAccount();
        for (DeployedRole.ManagedPolicy p : role.attachedPolicies()) {
            account.putPolicy(new ManagedPolicy(p.policyArn(), p.versionId(), p.document()));
        }
        Map<String, String> inline = new LinkedHashMap<>();
        role.inlinePolicies().forEach(p -> inline.put(p.policyName(), p.document()));
        return account.putRole(new Role(role.roleName(), role.arn(), role.trustPolicy(),
                role.attachedPolicies().stream().map(DeployedRole.ManagedPolicy::policyArn).toList(), inline));
    }

    public synchronized FakeAccount putRole(Role role) {
        roles.put(role.name(), role);
        return this;
    }

    public synchronized FakeAccount putPolicy(ManagedPolicy policy) {
        policies.put(policy.arn(), policy);
        return this;
    }

    /** A role by name or ARN. */
    public synchronized Optional<Role> role(String nameOrArn) {
        String name = nameOrArn.startsWith("arn:") ? nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
        return Optional.ofNullable(roles.get(name));
    }

    public synchronized Optional<ManagedPolicy> policy(String arn) {
        return Optional.ofNullable(policies.get(arn));
    }

    /** The one role of a one-role account, for tests that change it. */
    public synchronized Role onlyRole() {
        if (roles.size() != 1) {
            throw new IllegalStateException(roles.size() + " roles");
        }
        return roles.values().iterator().next();
    }

    /** Every permission document of a role, attached first, in the order SimulatePrincipalPolicy reads them. */
    public synchronized List<String> permissionDocuments(Role role) {
        List<String> out = new ArrayList<>();
        for (String arn : role.attached()) {
            out.add(policies.get(arn).document());
        }
        out.addAll(role.inline().values());
        return out;
    }

    /** The name IAM reports as SourcePolicyId for the role's n-th permission document (same order). */
    public synchronized String sourcePolicyId(Role role, int n) {
        if (n < role.attached().size()) {
            return policies.get(role.attached().get(n)).name();
        }
        return new ArrayList<>(role.inline().keySet()).get(n - role.attached().size());
    }

    public synchronized String sourcePolicyType(Role role, int n) {
        return n < role.attached().size() ? "user-managed" : "role";
    }
}
