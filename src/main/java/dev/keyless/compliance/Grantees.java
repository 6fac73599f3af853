package dev.keyless.compliance;

import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sorts the principals of a resource-policy statement (bucket, access point or key policy). A grant to
 * {@code "*"} counts as narrowed only by a plain positive condition that pins the caller: every value of
 * {@code aws:PrincipalArn} names the workload's role, {@code aws:PrincipalAccount} this account, or
 * {@code aws:SourceAccount}/{@code aws:SourceArn} this account's resources (which only services acting
 * for this account carry). IfExists, set qualifiers and negated operators never narrow: an absent key
 * satisfies them (IAM User Guide, "Condition operators").
 */
final class Grantees {

    private final StackIndex index;
    /** The workload roles by ARN and by name, in lower case: IAM compares role names ignoring case. */
    private final java.util.Set<String> workloadArns = new java.util.HashSet<>();
    private final java.util.Set<String> workloadNames = new java.util.HashSet<>();

    Grantees(StackIndex index) {
        this.index = index;
        for (RoleUnderReview role : index.workloadRoles()) {
            role.arn().ifPresent(a -> workloadArns.add(a.toLowerCase(java.util.Locale.ROOT)));
            workloadNames.add(IamNames.key(role.roleName()));
        }
    }

    List<Grantee> of(Statement s) {
        List<Grantee> out = new ArrayList<>();
        if (s.notPrincipal().isPresent()) {
            out.add(Grantee.other("everyone not listed in NotPrincipal"));
            return out;
        }
        if (s.principal().isEmpty()) {
            out.add(Grantee.other("an unnamed principal (the statement has no Principal)"));
            return out;
        }
        PrincipalElement p = s.principal().get();
        if (p.wildcard()) {
            out.add(everyone(s));
        }
        for (PrincipalEntry e : p.entries()) {
            for (Text v : e.values()) {
                out.add(classify(s, e.type().value(), v.value()));
            }
        }
        return out;
    }

    private Grantee classify(Statement s, String type, String value) {
        switch (type) {
            case "AWS":
                return value.equals("*") ? everyone(s) : aws(value);
            case "Service":
                return sourced(s) ? new Grantee(Grantee.Kind.SOURCED_SERVICE, "service " + value)
                        : Grantee.other("the service " + value + " without a source condition (aws:SourceAccount or "
                        + "aws:SourceArn of this account), so any of its customers can make it act on the bucket");
            case "CanonicalUser":
                return Grantee.other("the canonical user " + value + " (an account named by its canonical id)");
            default:
                return Grantee.other(type + " " + value);
        }
    }

    private Grantee aws(String value) {
        Optional<String> own = index.account();
        String account = value.matches("\\d{12}") ? value : IamNames.account(value).orElse("");
        if (value.matches("\\d{12}") || value.matches("arn:aws[a-z-]*:iam::\\d{12}:root")) {
            return own.filter(account::equals).isPresent() ? new Grantee(Grantee.Kind.OWN_ACCOUNT, "account " + account)
                    : Grantee.other("another account (" + value + ")");
        }
        if (isWorkloadPrincipal(value)) {
            return new Grantee(Grantee.Kind.WORKLOAD_ROLE, "the workload's role (" + value + ")");
        }
        String what = value.contains(":role/") ? "another role" : value.contains(":user/") ? "a user"
                : value.contains(":assumed-role/") ? "a session of another role" : "the principal";
        boolean inAccount = own.isPresent() && own.get().equals(account);
        return new Grantee(inAccount ? Grantee.Kind.OWN_PRINCIPAL : Grantee.Kind.OTHER, what + " (" + value + ")");
    }

    /** The workload role's ARN, or one of its sessions ({@code arn:aws:sts::ACCOUNT:assumed-role/NAME/…}). */
    private boolean isWorkloadPrincipal(String value) {
        if (workloadArns.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        Optional<String> own = index.account();
        String[] parts = value.split(":", 6);
        if (parts.length == 6 && parts[2].equals("sts") && own.filter(parts[4]::equals).isPresent()
                && parts[5].startsWith("assumed-role/")) {
            return workloadNames.contains(IamNames.key(parts[5].substring("assumed-role/".length()).split("/")[0]));
        }
        return false;
    }

    private Grantee everyone(Statement s) {
        if (pinned(s, "aws:PrincipalArn", this::isWorkloadPrincipal)) {
            return new Grantee(Grantee.Kind.WORKLOAD_ROLE, "everyone whose aws:PrincipalArn is the workload's role");
        }
        // kms:CallerAccount is KMS's own key for the caller's account, as AWS's managed key policies use it.
        if (pinned(s, "aws:PrincipalAccount", v -> index.account().filter(v::equals).isPresent())
                || pinned(s, "kms:CallerAccount", v -> index.account().filter(v::equals).isPresent())) {
            return new Grantee(Grantee.Kind.OWN_ACCOUNT, "principals of this account");
        }
        if (sourced(s)) {
            return new Grantee(Grantee.Kind.SOURCED_SERVICE, "services acting for this account");
        }
        return Grantee.other("everyone (Principal \"*\")");
    }

    /** A service principal is held to this account by aws:SourceAccount or aws:SourceArn. */
    private boolean sourced(Statement s) {
        return pinned(s, "aws:SourceAccount", v -> index.account().filter(v::equals).isPresent())
                || pinned(s, "aws:SourceArn", this::ownArn);
    }

    /** An ARN in this account, or a bucket of this stack (S3 bucket ARNs carry no account). */
    private boolean ownArn(String arn) {
        if (arn.contains("*") || arn.contains("?")) {
            return false;
        }
        Optional<String> account = IamNames.account(arn);
        if (account.isPresent()) {
            return index.account().equals(account);
        }
        return index.buckets().stream().map(StackIndex::bucketArn).flatMap(Optional::stream)
                .anyMatch(b -> arn.equals(b) || arn.startsWith(b + "/"));
    }

    /** Some plain positive clause on {@code key} whose every value passes {@code test}. */
    private static boolean pinned(Statement s, String key, java.util.function.Predicate<String> test) {
        for (ConditionClause c : s.conditions()) {
            if (!c.key().value().equalsIgnoreCase(key) || c.values().isEmpty()) {
                continue;
            }
            Optional<ConditionOperator> op = ConditionOperator.parse(c.operator().value());
            if (op.isEmpty() || op.get().ifExists() || op.get().base().negated()
                    || op.get().qualifier() != ConditionOperator.Qualifier.NONE) {
                continue;
            }
            String base = op.get().base().name();
            boolean equality = base.startsWith("StringEquals") || base.startsWith("StringLike")
                    || base.startsWith("ArnEquals") || base.startsWith("ArnLike");
            if (equality && c.values().stream().allMatch(v -> test.test(v.text()))) {
                return true;
            }
        }
        return false;
    }
}
