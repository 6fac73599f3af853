package dev.keyless.policy.eval;

import dev.keyless.policy.model.Effect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides one action on one resource, following "Policy evaluation logic" and "Cross-account policy
 * evaluation logic" (IAM User Guide):
 * <ol>
 * <li>an applicable Deny in any policy is an explicit deny;</li>
 * <li>within one account, an Allow in an identity policy or in the resource policy is enough, but a
 *     permissions boundary must also allow, except for a resource policy that names the caller's own
 *     ARN ("If a resource-based policy grants permission directly to the IAM user or the session
 *     principal that is making the request, then an implicit deny in an identity-based policy, a
 *     permissions boundary, or a session policy does not impact the final decision"); a grant to the
 *     caller's role is still limited by the boundary, and a grant to the account delegates to identity
 *     policies;</li>
 * <li>role trust policies "must explicitly allow access for principals", so for {@code sts:AssumeRole*}
 *     the resource (trust) policy must allow in every case;</li>
 * <li>across accounts both the caller's identity policies (and boundary) and the resource policy must
 *     allow;</li>
 * <li>a web-identity or service caller has only the trust policy;</li>
 * <li>anything else is an implicit deny.</li>
 * </ol>
 */
final class DecisionMaker {

    private final Simulation sim;
    private final String action;
    private final String lowerAction;
    private final String resource;
    private final String[] arn;
    private final Map<String, String> missing = new LinkedHashMap<>();
    private final List<MatchedStatement> allows = new ArrayList<>();
    private final List<MatchedStatement> denies = new ArrayList<>();

    DecisionMaker(Simulation sim, String action, String resource) {
        this.sim = sim;
        this.action = action;
        this.lowerAction = LowerCase.glob(action);
        this.resource = resource;
        this.arn = ArnPattern.split(resource);
    }

    EvaluationResult decide() {
        PrincipalMatcher.Match resourceGrant = PrincipalMatcher.Match.NONE;
        if (sim.resource != null) {
            resourceGrant = scan(sim.resource, PolicySource.RESOURCE, 0);
        }
        boolean identityAllows = false;
        for (int i = 0; i < sim.identity.length; i++) {
            identityAllows |= scan(sim.identity[i], PolicySource.IDENTITY, i) != PrincipalMatcher.Match.NONE;
        }
        Optional<Boolean> boundaryDetail = Optional.empty();
        boolean boundaryAllows = true;
        if (sim.boundary.length > 0) {
            int deniesBefore = denies.size();
            boundaryAllows = scan(sim.boundary[0], PolicySource.PERMISSIONS_BOUNDARY, 0) != PrincipalMatcher.Match.NONE
                    && denies.size() == deniesBefore;
            boundaryDetail = Optional.of(boundaryAllows);
        }
        Decision decision;
        List<MatchedStatement> matched;
        if (!denies.isEmpty()) {
            decision = Decision.EXPLICIT_DENY;
            matched = denies;
        } else if (allowed(resourceGrant, identityAllows, boundaryAllows)) {
            decision = Decision.ALLOWED;
            matched = allows;
        } else {
            decision = Decision.IMPLICIT_DENY;
            matched = List.of();
        }
        return new EvaluationResult(action, resource, decision, matched, new ArrayList<>(missing.values()), boundaryDetail);
    }

    private boolean allowed(PrincipalMatcher.Match grant, boolean identityAllows, boolean boundaryAllows) {
        if (sim.trust) {
            return grant != PrincipalMatcher.Match.NONE;
        }
        if (sim.resource == null) {
            return identityAllows && boundaryAllows;
        }
        boolean roleTrust = lowerAction.startsWith("sts:assumerole");
        String callerAccount = sim.caller.account();
        boolean sameAccount = callerAccount.equals(sim.ownerOf(arn));
        if (!sameAccount) {
            return identityAllows && boundaryAllows && grant != PrincipalMatcher.Match.NONE;
        }
        switch (grant) {
            case DIRECT:
                return true;
            case ROLE:
            case ANY:
                return boundaryAllows;
            case ACCOUNT:
                return identityAllows && boundaryAllows;
            default:
                return !roleTrust && identityAllows && boundaryAllows;
        }
    }

    /**
     * Evaluates every statement of one policy, recording applicable Allows and Denies. Returns the
     * strongest principal match among applicable Allows ({@code DIRECT} for policies without a
     * principal), or {@code NONE} when no Allow applies.
     */
    private PrincipalMatcher.Match scan(CompiledPolicy policy, PolicySource source, int index) {
        PrincipalMatcher.Match best = PrincipalMatcher.Match.NONE;
        for (CompiledStatement s : policy.statements) {
            if (!s.actionMatches(lowerAction)) {
                continue;
            }
            PrincipalMatcher.Match m = PrincipalMatcher.Match.DIRECT;
            if (s.principal != null) {
                m = s.principal.match(sim.caller);
                // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
                // permissions boundary policy attached" (IAM User Guide, "Permissions boundaries").
                if (s.principal.negated() && s.effect == Effect.DENY && sim.boundary.length > 0) {
                    m = PrincipalMatcher.Match.ANY;
                }
                if (m == PrincipalMatcher.Match.NONE) {
                    continue;
                }
            }
            noteMissingKeys(s);
            if (!s.resourceMatches(arn, resource, sim.context)) {
                continue;
            }
            // Open world: an Allow whose conditions could hold counts, a Deny only one that surely applies.
            int held = s.conditionsHold(sim.context);
            if (held != 1 && !(held == CompiledCondition.UNKNOWN && s.effect == Effect.ALLOW)) {
                continue;
            }
            if (s.effect == Effect.DENY) {
                denies.add(s.matched(source, index));
            } else {
                allows.add(s.matched(source, index));
                best = best.compareTo(m) >= 0 ? best : m;
            }
        }
        return best;
    }

    private void noteMissingKeys(CompiledStatement s) {
        String[] lower = s.lowerKeys;
        for (int i = 0; i < lower.length; i++) {
            if (sim.context.get(lower[i]) == null && !missing.containsKey(lower[i])) {
                missing.put(lower[i], s.keys.get(i));
            }
        }
    }
}
