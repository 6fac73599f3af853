package dev.keyless.policy.eval;

import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.ReasonSummary;
import dev.keyless.policy.model.Effect;

import java.util.ArrayList;
import java.util.List;

/**
 * The offline {@code CheckAccessNotGranted}: does a policy, on its own, grant any of the listed actions
 * (on any of the listed resources, or on any resource when none are listed)? Access Analyzer reasons
 * over every possible request; this check does too, conservatively: a condition is assumed satisfiable,
 * a policy variable may take any value, and any principal may call a resource policy. An Allow is only
 * cancelled by a Deny without conditions that covers the same action and resource outright. So the
 * check may FAIL where Access Analyzer passes (a deny it could prove), never PASS where it fails.
 */
public final class AccessNotGrantedCheck {

    /** Access Analyzer's limits per access entry. */
    public static final int MAX_ACTIONS = 100;
    public static final int MAX_RESOURCES = 100;

    private AccessNotGrantedCheck() {}

    public static CheckResult check(String policy, AccessCheckPolicyType type, List<String> actions, List<String> resources)
            throws EvaluationException {
        if (actions.isEmpty() && resources.isEmpty()) {
            throw EvaluationException.invalidInput("access must list at least one action or resource");
        }
        if (actions.size() > MAX_ACTIONS || resources.size() > MAX_RESOURCES) {
            throw EvaluationException.invalidInput("access takes at most " + MAX_ACTIONS + " actions and "
                    + MAX_RESOURCES + " resources; split larger sets into several checks");
        }
        CompiledPolicy compiled = compile(policy, type);
        List<Glob> wanted = new ArrayList<>();
        for (String a : actions) {
            wanted.add(Glob.pattern(a, true));
        }
        boolean withResources = !resources.isEmpty();
        String what = withResources ? (actions.isEmpty() ? "resources" : "actions or resources") : "actions";
        List<ReasonSummary> reasons = new ArrayList<>();
        for (CompiledStatement s : compiled.statements) {
            if (s.effect != Effect.ALLOW || (s.principal != null && s.principal.excludesEveryone())) {
                continue;
            }
            if (grantsSome(s, compiled, wanted, resources)) {
                String where = s.sid.map(sid -> "sid: " + sid).orElse("index: " + s.index);
                reasons.add(ReasonSummary.of("One or more of the listed " + what + " in the statement with "
                        + where + ".", s.index, s.sid.orElse(null)));
            }
        }
        if (reasons.isEmpty()) {
            return new CheckResult(CheckResult.Result.PASS, "The policy document does not grant access to perform the listed " + what + ".", List.of());
        }
        return new CheckResult(CheckResult.Result.FAIL, "The policy document grants access to perform one or more of the listed " + what + ".", reasons);
    }

    private static CompiledPolicy compile(String policy, AccessCheckPolicyType type) throws EvaluationException {
        if (type == AccessCheckPolicyType.IDENTITY_POLICY) {
            return PolicyCompiler.compile(policy, PolicyKind.IDENTITY);
        }
        try {
            return PolicyCompiler.compile(policy, PolicyKind.RESOURCE);
        } catch (EvaluationException e) {
            if (!e.getMessage().startsWith("Missing required field Resource")) {
                throw e;
            }
            // A role trust policy is a resource policy without a Resource element.
            return PolicyCompiler.compile(policy, PolicyKind.TRUST);
        }
    }

    private static boolean grantsSome(CompiledStatement allow, CompiledPolicy policy, List<Glob> wanted, List<String> resources) {
        List<Glob> actions = wanted.isEmpty() ? List.of(Glob.pattern("*", true)) : wanted;
        for (Glob a : actions) {
            if (!actionOverlaps(allow, a)) {
                continue;
            }
            if (resources.isEmpty()) {
                if (allow.resources == null || someResource(allow)) {
                    if (!coveredByDeny(policy, a, null)) {
                        return true;
                    }
                }
                continue;
            }
            for (String r : resources) {
                if (resourceOverlaps(allow, r) && !coveredByDeny(policy, a, r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean actionOverlaps(CompiledStatement s, Glob wanted) {
        if (s.notAction) {
            // NotAction grants every action it does not list: it overlaps unless a listed pattern covers `wanted`.
            for (Glob g : s.actions) {
                if (covers(g, wanted)) {
                    return false;
                }
            }
            return true;
        }
        for (Glob g : s.actions) {
            if (GlobOverlap.overlaps(g, wanted, true)) {
                return true;
            }
        }
        return false;
    }

    /** Whether pattern {@code outer} matches everything {@code inner} can match (exactly, or by a trailing star). */
    private static boolean covers(Glob outer, Glob inner) {
        String o = outer.text();
        if (!inner.hasWildcards()) {
            return outer.matches(Glob.lower(inner.text()));
        }
        if (o.equals("*")) {
            return true;
        }
        int star = o.indexOf('*');
        return star == o.length() - 1 && outer.hasWildcards() && o.indexOf('?') < 0
                && Glob.lower(inner.text()).startsWith(o.substring(0, star));
    }

    private static boolean someResource(CompiledStatement s) {
        if (!s.notResource) {
            return s.resources.length > 0;
        }
        for (CompiledStatement.ResourcePattern p : s.resources) {
            if (p.isAny()) {
                return false;
            }
        }
        return true;
    }

    private static boolean resourceOverlaps(CompiledStatement s, String resource) {
        if (s.resources == null) {
            return true;
        }
        boolean any = false;
        for (CompiledStatement.ResourcePattern p : s.resources) {
            if (p.couldMatch(resource)) {
                any = true;
                break;
            }
        }
        return s.notResource ? !any || !definite(s, resource) : any;
    }

    /** For NotResource: the listed resource is excluded for certain only when a constant pattern matches it. */
    private static boolean definite(CompiledStatement s, String resource) {
        for (CompiledStatement.ResourcePattern p : s.resources) {
            if (p.definitelyMatches(resource)) {
                return true;
            }
        }
        return false;
    }

    /** An unconditional Deny that applies to every principal and covers the action and resource outright. */
    private static boolean coveredByDeny(CompiledPolicy policy, Glob action, String resource) {
        for (CompiledStatement d : policy.statements) {
            if (d.effect != Effect.DENY || d.conditions.length > 0 || d.notAction || d.notResource) {
                continue;
            }
            if (d.principal != null && !d.principal.matchesEveryone()) {
                continue;
            }
            boolean actionCovered = false;
            for (Glob g : d.actions) {
                actionCovered |= covers(g, action);
            }
            if (!actionCovered) {
                continue;
            }
            if (d.resources == null) {
                return true;
            }
            for (CompiledStatement.ResourcePattern p : d.resources) {
                if (p.isAny() || (resource != null && p.definitelyMatches(resource))) {
                    return true;
                }
            }
        }
        return false;
    }
}
