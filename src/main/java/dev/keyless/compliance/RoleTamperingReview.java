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
                if (texts.isEmpty()) {
                    continue;
                }
                ask(who, texts, onRole, List.of(roleArn), role, out);
                ask(who, texts, onPolicies, List.copyOf(policyArns), role, out);
            }
        }
        return out;
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
