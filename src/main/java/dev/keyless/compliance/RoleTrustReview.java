package dev.keyless.compliance;

import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;
import dev.keyless.policy.model.ValueType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who can assume each role of the stack, read from the trust policies. Every rule returns its
 * violations; an empty list means the rule holds.
 */
public final class RoleTrustReview {

    private static final String WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";

    private final StackIndex index;

    public RoleTrustReview(StackIndex index) {
        this.index = index;
    }

    /** Every statement that allows must name exactly {@code Federated: accounts.google.com}. */
    public List<Violation> onlyGoogleIsTrusted() {
        List<Violation> out = new ArrayList<>();
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> {
            String where = TrustStatements.describe(s);
            if (s.notPrincipal().isPresent()) {
                out.add(new Violation(role.label(), where + " uses NotPrincipal, which trusts everyone not listed"));
            } else if (s.principal().isEmpty()) {
                out.add(new Violation(role.label(), where + " names no principal"));
            } else if (s.principal().get().wildcard()) {
                out.add(new Violation(role.label(), where + " trusts every principal (\"*\")"));
            } else {
                for (PrincipalEntry e : s.principal().get().entries()) {
                    for (Text v : e.values()) {
                        if (!(e.type().value().equals("Federated") && v.value().equals(GoogleKeys.PROVIDER))) {
                            out.add(new Violation(role.label(), where + " trusts " + e.type().value() + " \""
                                    + v.value() + "\"; only Federated \"accounts.google.com\" may assume the role"));
                        }
                    }
                }
            }
        });
        return out;
    }

    /** Every statement that allows must allow only {@code sts:AssumeRoleWithWebIdentity}. */
    public List<Violation> onlyWebIdentityFederation() {
        List<Violation> out = new ArrayList<>();
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> {
            String where = TrustStatements.describe(s);
            if (s.notAction().isPresent()) {
                out.add(new Violation(role.label(), where + " uses NotAction, which allows every action not listed"));
            } else if (s.action().isEmpty()) {
                out.add(new Violation(role.label(), where + " names no action"));
            } else {
                for (Text a : s.action().get().values()) {
                    if (!a.value().equalsIgnoreCase(WEB_IDENTITY)) {
                        out.add(new Violation(role.label(), where + " allows \"" + a.value()
                                + "\"; only sts:AssumeRoleWithWebIdentity may be allowed"));
                    }
                }
            }
        });
        return out;
    }

    /**
     * {@code :aud} and {@code :sub} must both be pinned with StringEquals to the unique id of one
     * service account of the stack (for a service-account token azp = sub = that id): of the role's
     * workload's account when the outputs tie the role to a workload, else of any account of the stack.
     */
    public List<Violation> tokenSubjectIsOurServiceAccount() {
        Set<String> accounts = index.serviceAccountIds();
        List<Violation> out = new ArrayList<>();
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> {
            String where = TrustStatements.describe(s);
            Optional<WorkloadUnderReview> workload = index.workloadOf(role).filter(WorkloadUnderReview::listed);
            Set<String> allowed = workload.map(WorkloadUnderReview::accountIds).orElse(accounts);
            Optional<String> aud = pinned(role, s, GoogleKeys.AUD, out);
            Optional<String> sub = pinned(role, s, GoogleKeys.SUB, out);
            for (Optional<String> v : List.of(aud, sub)) {
                if (v.isPresent() && !allowed.contains(v.get())) {
                    out.add(new Violation(role.label(), where + " pins a Google key to \"" + v.get() + "\", which is not"
                            + workload.map(w -> " the unique id of the service account of " + w.label() + " " + w.accountIds())
                                    .orElse(" the unique id of a service account in this stack"
                                            + (accounts.isEmpty() ? " (the stack has none)" : " " + accounts))));
                }
            }
            if (aud.isPresent() && sub.isPresent() && !aud.equals(sub)) {
                out.add(new Violation(role.label(), where + " pins accounts.google.com:aud to \"" + aud.get()
                        + "\" but accounts.google.com:sub to \"" + sub.get() + "\"; both must be the same service account"));
            }
        });
        return out;
    }

    /**
     * {@code :oaud} must be pinned with StringEquals to the audience the role's workload requests, or, for
     * a role the outputs tie to no workload, to an audience a workload of the stack requests.
     */
    public List<Violation> tokenAudienceIsOurs() {
        Set<String> audiences = index.tokenAudiences();
        List<Violation> out = new ArrayList<>();
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> {
            Optional<String> oaud = pinned(role, s, GoogleKeys.OAUD, out);
            Optional<WorkloadUnderReview> workload = index.workloadOf(role);
            Set<String> allowed = workload.flatMap(WorkloadUnderReview::audience).map(Set::of).orElse(audiences);
            if (oaud.isPresent() && allowed.isEmpty()) {
                out.add(new Violation(role.label(), "the stack exports no tokenAudience output to compare "
                        + "accounts.google.com:oaud with"));
            } else if (oaud.isPresent() && !allowed.contains(oaud.get())) {
                out.add(new Violation(role.label(), TrustStatements.describe(s) + " pins accounts.google.com:oaud to \""
                        + oaud.get() + "\" but the configured token audience is " + (allowed.size() == 1
                        ? "\"" + allowed.iterator().next() + "\"" : "one of " + allowed)));
            }
        });
        return out;
    }

    /** No allowing statement names {@code *} or a wildcard pattern as principal. */
    public List<Violation> noWildcardPrincipal() {
        List<Violation> out = new ArrayList<>();
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> {
            s.principals().ifPresent(p -> {
                if (p.wildcard()) {
                    out.add(new Violation(role.label(), TrustStatements.describe(s) + " has " + p.name() + " \"*\""));
                }
                p.entries().forEach(e -> e.values().stream().filter(v -> Wildcard.hasWildcard(v.value()))
                        .forEach(v -> out.add(new Violation(role.label(), TrustStatements.describe(s) + " has "
                                + p.name() + " " + e.type().value() + " \"" + v.value() + "\""))));
            });
        });
        return out;
    }

    /**
     * Google identity keys are compared only with plain StringEquals (the organization number, a Numeric
     * key, with plain NumericEquals): no IfExists, set qualifier, Like or range.
     */
    public List<Violation> googleKeysAreNotLoosened() {
        List<Violation> out = new ArrayList<>();
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> {
            for (ConditionClause c : s.conditions()) {
                if (!GoogleKeys.isGoogleKey(c.key().value())) {
                    continue;
                }
                boolean numeric = GoogleKeys.same(c.key().value(), GoogleKeys.ORGANIZATION);
                Optional<ConditionOperator> op = ConditionOperator.parse(c.operator().value());
                if (op.isEmpty() || !(numeric ? isPlainNumericEquals(op.get()) : isPlainStringEquals(op.get()))) {
                    out.add(new Violation(role.label(), TrustStatements.describe(s) + " compares " + c.key().value()
                            + " with " + c.operator().value() + "; use " + (numeric ? "NumericEquals" : "StringEquals")
                            + " without IfExists, ForAnyValue, ForAllValues" + (numeric ? "" : " or Like")));
                }
            }
        });
        return out;
    }

    static boolean isPlainNumericEquals(ConditionOperator op) {
        return op.base() == ConditionOperator.Base.NumericEquals && !op.ifExists()
                && op.qualifier() == ConditionOperator.Qualifier.NONE;
    }

    static boolean isPlainStringEquals(ConditionOperator op) {
        return op.base() == ConditionOperator.Base.StringEquals && !op.ifExists()
                && op.qualifier() == ConditionOperator.Qualifier.NONE;
    }

    /**
     * The single value {@code key} is pinned to with plain StringEquals in statement {@code s}, or
     * empty after recording why it is not pinned.
     */
    private static Optional<String> pinned(RoleUnderReview role, Statement s, String key, List<Violation> out) {
        String where = TrustStatements.describe(s);
        List<ConditionClause> pins = s.conditions().stream()
                .filter(c -> GoogleKeys.same(c.key().value(), key))
                .filter(c -> ConditionOperator.parse(c.operator().value()).filter(RoleTrustReview::isPlainStringEquals).isPresent())
                .toList();
        if (pins.isEmpty()) {
            out.add(new Violation(role.label(), where + " does not pin " + key + " with StringEquals"));
            return Optional.empty();
        }
        List<String> values = pins.stream().flatMap(c -> c.values().stream())
                .filter(v -> v.type() == ValueType.STRING).map(v -> v.text()).distinct().toList();
        boolean allStrings = pins.stream().allMatch(c -> c.values().stream().allMatch(v -> v.type() == ValueType.STRING));
        if (values.size() != 1 || !allStrings) {
            out.add(new Violation(role.label(), where + " pins " + key + " to " + values.size()
                    + " values; exactly one string value may match"));
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }
}
