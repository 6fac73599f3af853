package dev.keyless.compliance;

import dev.keyless.compliance.google.CustomRoles;
import dev.keyless.compliance.google.GcpTypes;
import dev.keyless.compliance.google.GcpTypes.Level;
import dev.keyless.compliance.google.Grant;
import dev.keyless.compliance.google.GrantReader;
import dev.keyless.compliance.google.ReviewedMinterList;
import dev.keyless.compliance.google.WorkloadAccounts;
import dev.keyless.compliance.google.WorkloadAccounts.Target;
import dev.keyless.google.IamRoleName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who can act as the workload's service account: whoever can mint its Google ID tokens (or run code as
 * it, or grant themselves either) holds the AWS role. Grants on the account itself are judged whatever
 * the role; grants on the project, folder or organization only when the role carries such a
 * capability. A grant passes only when the stack's reviewed minters list its member and role.
 */
public final class MinterReview {

    private static final String FIX = "; if a security review allows it, list \"ROLE MEMBER\" in keyless-federation:reviewedMinters";

    private final WorkloadAccounts accounts;
    private final GrantReader.Grants grants;
    private final ReviewedMinterList reviewed;
    private final CustomRoles customRoles;

    public MinterReview(StackIndex index) {
        this.accounts = index.workloadAccounts();
        this.grants = GrantReader.read(index.stack());
        this.reviewed = ReviewedMinterList.of(index.stack());
        this.customRoles = CustomRoles.of(index.stack());
    }

    /** Any member, any role, on one of the workload's accounts: only reviewed minters. */
    public List<Violation> grantsOnTheServiceAccount() {
        List<Violation> out = reviewedListProblems();
        for (GrantReader.Unreadable u : grants.unreadable()) {
            if (levelOf(u) == Level.SERVICE_ACCOUNT && accounts.target(targetOf(u)) != Target.OTHER) {
                out.add(new Violation(u.label(), u.why() + ", so keyless cannot tell who may act as the service account"));
            }
        }
        for (Grant g : grants.grants()) {
            if (g.level() != Level.SERVICE_ACCOUNT || accounts.target(g.target()) == Target.OTHER) {
                continue;
            }
            String on = accounts.target(g.target()) == Target.OURS
                    ? accounts.mentions(g.target().get()).map(WorkloadAccounts.Account::label).orElse("the service account")
                    : "a service account keyless cannot identify (" + g.target().orElse("no serviceAccountId") + "), counted as the workload's";
            unreviewed(g, "gives " + g.member().described() + " the role " + g.role() + " on " + on
                    + ": a role on the account lets its holder act as it or mint its tokens").ifPresent(out::add);
        }
        return out;
    }

    /** Project, folder and organization grants of the roles in {@code roles} (role → what it allows). */
    public List<Violation> broadGrants(Map<String, String> roles) {
        List<Violation> out = reviewedListProblems();
        for (GrantReader.Unreadable u : grants.unreadable()) {
            if (levelOf(u) != Level.SERVICE_ACCOUNT && concernsTheAccounts(levelOf(u), targetOf(u))) {
                out.add(new Violation(u.label(), u.why() + ", so keyless cannot tell whether it lets someone act as"
                        + " the service account"));
            }
        }
        for (Grant g : grants.grants()) {
            if (g.level() == Level.SERVICE_ACCOUNT || !roles.containsKey(g.role()) || !concernsTheAccounts(g.level(), g.target())) {
                continue;
            }
            unreviewed(g, "gives " + g.member().described() + " the role " + g.role() + " on the " + g.level().word()
                    + g.target().map(t -> " " + t).orElse("") + ", which covers the workload's service account: "
                    + roles.get(g.role())).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Custom roles that carry one of {@code permissions} (permission → what it allows), and grants above
     * the account of custom roles that do, or whose permissions the stack does not show.
     */
    public List<Violation> customRoles(Map<String, String> permissions) {
        List<Violation> out = reviewedListProblems();
        for (CustomRoles.CustomRole role : customRoles.all()) {
            if (!role.readable()) {
                out.add(new Violation(role.label(), "has a permission list keyless cannot read"));
                continue;
            }
            List<String> carried = role.permissions().stream().filter(permissions::containsKey).toList();
            if (!carried.isEmpty() && !role.name().filter(reviewed::namesRole).isPresent()) {
                out.add(new Violation(role.label(), "carries " + describe(carried, permissions)
                        + "; a custom role that can act as a service account must be named in keyless-federation:reviewedMinters"
                        + " with each member that holds it"));
            }
        }
        for (Grant g : grants.grants()) {
            if (g.level() == Level.SERVICE_ACCOUNT || !IamRoleName.isCustom(g.role()) || !concernsTheAccounts(g.level(), g.target())) {
                continue;
            }
            Optional<CustomRoles.CustomRole> role = customRoles.named(g.role());
            String why;
            if (role.isEmpty()) {
                why = "a custom role the stack does not define, so keyless cannot see whether it can act as the service account";
            } else {
                List<String> carried = role.get().permissions().stream().filter(permissions::containsKey).toList();
                if (carried.isEmpty()) {
                    continue;
                }
                why = "a custom role that carries " + describe(carried, permissions);
            }
            unreviewed(g, "gives " + g.member().described() + " " + g.role() + " on the " + g.level().word() + ", " + why)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The violation for a grant that no reviewed minter covers, or empty when one does. */
    private Optional<Violation> unreviewed(Grant g, String what) {
        Optional<ReviewedMinterList.Entry> entry = reviewed.reviewed(g.member(), g.role());
        if (entry.isPresent()) {
            Optional<String> never = g.member().whyNotReviewable();
            return never.map(n -> new Violation(g.label(), what + "; the stack lists it as reviewed, but " + n));
        }
        return Optional.of(new Violation(g.label(), what + FIX));
    }

    /**
     * A project grant concerns the accounts unless it names another project than theirs; a grant that
     * names no project, or a project number, counts (fail closed). Folders and organizations always do:
     * the stack does not say where the project sits.
     */
    private boolean concernsTheAccounts(Level level, Optional<String> target) {
        if (level != Level.PROJECT || target.isEmpty()) {
            return true;
        }
        String p = target.get().startsWith("projects/") ? target.get().substring("projects/".length()) : target.get();
        return p.chars().allMatch(Character::isDigit) || accounts.projects().isEmpty() || accounts.projects().contains(p);
    }

    private List<Violation> reviewedListProblems() {
        List<Violation> out = new ArrayList<>();
        reviewed.problems().forEach(p -> out.add(new Violation("stack", p + "; the reviewed minters cannot be read")));
        return out;
    }

    private static Level levelOf(GrantReader.Unreadable u) {
        return GcpTypes.GRANTS.get(u.resource().type()).level();
    }

    private static Optional<String> targetOf(GrantReader.Unreadable u) {
        return GrantReader.target(u.resource(), levelOf(u));
    }

    private static String describe(List<String> carried, Map<String, String> permissions) {
        return String.join(", ", carried.stream().map(p -> p + " (" + permissions.get(p) + ")").toList());
    }
}
