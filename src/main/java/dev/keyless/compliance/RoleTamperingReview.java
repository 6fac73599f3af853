package dev.keyless.compliance;

import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.OpenWorldEvaluator;
import dev.keyless.policy.eval.Request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether any principal of the stack could open the workload's role another way: rewrite its trust
 * policy, attach or put a policy on it, change its boundary, or rewrite a managed policy attached to
 * it. Every role (as a session of it), user and group (as a user in it) is asked with the offline
 * evaluator, in the open world: keys a caller may send, such as {@code iam:PolicyARN}, may take any
 * value, so a grant narrowed by one of them still counts. The actions come from the rule book's table
 * (AWS's catalog, by resource type and access level), never from a list typed here.
 */
public final class RoleTamperingReview {

    private final StackIndex index;
    private final OpenWorldEvaluator evaluator;

    public RoleTamperingReview(StackIndex index, OpenWorldEvaluator evaluator) {
        this.index = index;
        this.evaluator = evaluator;
    }

    /**
     * @param onRole     actions asked on the workload's role ARN (resource type {@code role})
     * @param onPolicies actions asked on each managed policy attached to it, and its boundary (resource type {@code policy})
     */
    public List<Violation> noPrincipalCanRewriteTheRole(List<String> onRole, List<String> onPolicies) {
        List<Violation> out = new ArrayList<>();
        List<String> asked = new ArrayList<>(onRole);
        asked.addAll(onPolicies);
        java.util.Map<IamIdentity, Boolean> mayAllow = new java.util.IdentityHashMap<>();
        for (RoleUnderReview role : index.workloadRoles()) {
            String roleArn = role.arn().orElse(IamNames.arn(index.account().orElse("000000000000"), "role", role.roleName()));
            Set<String> policyArns = new LinkedHashSet<>();
            role.policies().forEach(p -> p.arn().ifPresent(policyArns::add));
            role.boundary().flatMap(AttachedPolicy::arn).ifPresent(policyArns::add);
            for (IamIdentity who : index.identities()) {
                List<String> texts = new ArrayList<>();
                for (AttachedPolicy p : who.policies()) {
                    if (p.document().isEmpty()) {
                        out.add(new Violation(who.label(), p.via() + ": keyless cannot read what it grants, so it may "
                                + "allow rewriting " + role.label()));
                    } else {
                        texts.add(p.document().get().text());
                    }
                }
                // Without an Allow statement whose action can be one asked, the evaluator can only deny: not asked.
                if (texts.isEmpty() || !mayAllow.computeIfAbsent(who, w -> mayAllowAny(w, asked))) {
                    continue;
                }
                ask(who, texts, onRole, List.of(roleArn), role, out);
                ask(who, texts, onPolicies, List.copyOf(policyArns), role, out);
            }
        }
        return out;
    }

    /**
     * Whether some Allow statement of the identity's policies names one of {@code actions} (wildcards
     * included) or leaves one out of its NotAction; a policy that did not parse counts as yes, so the
     * evaluator reports it.
     */
    private static boolean mayAllowAny(IamIdentity who, List<String> actions) {
        for (AttachedPolicy p : who.policies()) {
            if (p.document().isEmpty() || p.document().get().policy().isEmpty() || p.document().get().malformed()) {
                return true;
            }
            for (dev.keyless.policy.model.Statement s : p.document().get().policy().get().statements()) {
                if (s.effectValue().isEmpty()) {
                    return true;
                }
                if (!s.allows()) {
                    continue;
                }
                if (s.action().isPresent()) {
                    if (s.action().get().values().stream().anyMatch(v -> actions.stream()
                            .anyMatch(a -> dev.keyless.policy.catalog.Wildcard.matchesIgnoringCase(v.value(), a)))) {
                        return true;
                    }
                } else if (s.notAction().isEmpty() || actions.stream().anyMatch(a -> s.notAction().get().values().stream()
                        .noneMatch(v -> dev.keyless.policy.catalog.Wildcard.matchesIgnoringCase(v.value(), a)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void ask(IamIdentity who, List<String> policies, List<String> actions, List<String> resources,
                     RoleUnderReview role, List<Violation> out) {
        for (String resource : resources) {
            List<String> allowed = new ArrayList<>();
            for (String action : actions) {
                try {
                    EvaluationResult r = evaluator.evaluateOpenWorld(request(who, policies, action, resource));
                    if (r.evalDecision().allowed()) {
                        allowed.add(action);
                    }
                } catch (EvaluationException e) {
                    out.add(new Violation(who.label(), "its policies cannot be evaluated (" + e.getMessage()
                            + "), so keyless cannot tell whether it may rewrite " + role.label()));
                    return;
                }
            }
            if (!allowed.isEmpty()) {
                String what = resource.equals(role.arn().orElse(null)) ? role.label() : "the policy " + resource
                        + " attached to " + role.label();
                out.add(new Violation(who.label(), "may " + S3Grants.describe(new LinkedHashSet<>(allowed), "actions")
                        + " on " + what));
            }
        }
    }

    private Request request(IamIdentity who, List<String> policies, String action, String resource) {
        Request.Builder b = Request.builder(action, resource);
        policies.forEach(b::identity);
        who.boundary().flatMap(AttachedPolicy::document).ifPresent(d -> b.boundary(d.text()));
        Optional<String> region = index.region();
        if (who.kind() == IamIdentity.Kind.ROLE) {
            return CallerContext.request(b, CallerContext.Kind.ROLE_SESSION, who.arn(), who.name(), Optional.empty(),
                    region, index.account(), true).build();
        }
        String user = who.kind() == IamIdentity.Kind.USER ? who.name() : "member-of-" + who.name();
        String arn = who.kind() == IamIdentity.Kind.USER ? who.arn()
                : IamNames.arn(IamNames.account(who.arn()).orElse("000000000000"), "user", user);
        return CallerContext.request(b, CallerContext.Kind.USER, arn, user, Optional.empty(), region, index.account(), true)
                .build();
    }
}
