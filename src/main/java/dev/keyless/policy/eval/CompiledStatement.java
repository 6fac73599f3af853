package dev.keyless.policy.eval;

import dev.keyless.policy.model.Effect;

import java.util.List;
import java.util.Optional;

/**
 * One statement compiled for evaluation: matchers for Action/NotAction, Resource/NotResource and
 * Principal/NotPrincipal, and its condition clauses (ANDed). Immutable and shared between threads.
 */
final class CompiledStatement {

    /** One Resource value: {@code "*"}, or an ARN pattern, constant or with variables. */
    static final class ResourcePattern {
        private final boolean any;
        private final Template template;
        private final Glob[] constant;

        ResourcePattern(boolean any, Template template) {
            this.any = any;
            this.template = template;
            this.constant = any || template.hasVariables() ? null : ArnPattern.split(template.constant());
        }

        boolean isAny() {
            return any;
        }

        /** Without a request context: could some value of the variables make this pattern match? */
        boolean couldMatch(String resource) {
            if (any) {
                return true;
            }
            Glob[] parts = constant != null ? constant : ArnPattern.split(template.anyValue());
            return ArnPattern.matches(parts, ArnPattern.split(resource));
        }

        /** Matches for every request: a constant pattern that matches. */
        boolean definitelyMatches(String resource) {
            return any || (constant != null && ArnPattern.matches(constant, ArnPattern.split(resource)));
        }

        boolean matches(String[] arn, String resource, RequestContext ctx) {
            if (any) {
                return true;
            }
            Glob[] parts = constant;
            if (parts == null) {
                Glob g = template.resolve(ctx);
                if (g == null) {
                    return false;
                }
                parts = ArnPattern.split(g);
            }
            return ArnPattern.matches(parts, arn);
        }
    }

    final int index;
    final Optional<String> sid;
    final Effect effect;
    final Glob[] actions;
    final boolean notAction;
    final ResourcePattern[] resources;
    final boolean notResource;
    final PrincipalMatcher principal;
    final CompiledCondition[] conditions;
    final LineColumn start;
    final LineColumn end;
    /** Context keys the statement reads (conditions and variables), as written, for MissingContextValues. */
    final List<String> keys;
    final String[] lowerKeys;

    CompiledStatement(int index, Optional<String> sid, Effect effect, Glob[] actions, boolean notAction,
                      ResourcePattern[] resources, boolean notResource, PrincipalMatcher principal,
                      CompiledCondition[] conditions, LineColumn start, LineColumn end, List<String> keys) {
        this.index = index;
        this.sid = sid;
        this.effect = effect;
        this.actions = actions;
        this.notAction = notAction;
        this.resources = resources;
        this.notResource = notResource;
        this.principal = principal;
        this.conditions = conditions;
        this.start = start;
        this.end = end;
        this.keys = List.copyOf(keys);
        this.lowerKeys = keys.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    }

    /** {@code lowerAction} is the requested action in lower case (action names are case-insensitive). */
    boolean actionMatches(String lowerAction) {
        boolean any = false;
        for (Glob g : actions) {
            if (g.matches(lowerAction)) {
                any = true;
                break;
            }
        }
        return any != notAction;
    }

    /** True when the statement covers the resource; a trust policy's statements have no Resource. */
    boolean resourceMatches(String[] arn, String resource, RequestContext ctx) {
        if (resources == null) {
            return true;
        }
        boolean any = false;
        for (ResourcePattern r : resources) {
            if (r.matches(arn, resource, ctx)) {
                any = true;
                break;
            }
        }
        return any != notResource;
    }

    /** All clauses ANDed: 1, 0, or {@link Comparison#INVALID} (an unresolved variable voids the statement). */
    int conditionsHold(RequestContext ctx) {
        boolean unknown = false;
        for (CompiledCondition c : conditions) {
            int r = c.evaluate(ctx);
            if (r == CompiledCondition.UNKNOWN) {
                unknown = true;
            } else if (r != 1) {
                return r;
            }
        }
        return unknown ? CompiledCondition.UNKNOWN : 1;
    }

    MatchedStatement matched(PolicySource source, int policyIndex) {
        return new MatchedStatement(source.policyId(policyIndex), source.typeName(), start, end, index, sid);
    }
}
