package dev.keyless.compliance;

import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether any policy in the stack lets someone open a role another way: rewriting its trust policy
 * ({@code iam:UpdateAssumeRolePolicy}) or widening what it may do. A trust policy that admits only
 * our service account is worth little if another principal may replace it.
 */
public final class RoleTamperingReview {

    /** IAM actions that change who can assume a role or what it may do (Service Authorization Reference, IAM). */
    static final List<String> TAMPERING_ACTIONS = List.of("iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy",
            "iam:AttachRolePolicy", "iam:UpdateRole", "iam:PutRolePermissionsBoundary",
            "iam:DeleteRolePermissionsBoundary");

    private static final Set<String> POLICY_TYPES = Set.of(ResourceTypes.POLICY, ResourceTypes.ROLE_POLICY,
            ResourceTypes.USER_POLICY, ResourceTypes.GROUP_POLICY);

    private final StackIndex index;

    public RoleTamperingReview(StackIndex index) {
        this.index = index;
    }

    public List<Violation> noPolicyCanRewriteTheRole() {
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, ParsedPolicy> doc : documents()) {
            doc.getValue().policy().ifPresent(p -> p.statements().stream().filter(Statement::allows).forEach(s -> {
                for (RoleUnderReview role : index.roles()) {
                    for (String action : TAMPERING_ACTIONS) {
                        if (covers(s.action(), s.notAction(), action, true)
                                && role.arn().filter(arn -> covers(s.resource(), s.notResource(), arn, false)).isPresent()) {
                            out.add(new Violation(role.label(), doc.getKey() + ", statement " + s.index()
                                    + " allows " + action + " on the role"));
                        }
                    }
                }
            }));
        }
        return out;
    }

    /** Every identity policy document in the stack, named by where it comes from. */
    private List<Map.Entry<String, ParsedPolicy>> documents() {
        List<Map.Entry<String, ParsedPolicy>> docs = new ArrayList<>();
        for (StackResource r : index.stack().resources()) {
            if (POLICY_TYPES.contains(r.type())) {
                PolicyText.parse(r.property("policy").orElse(null))
                        .ifPresent(d -> docs.add(Map.entry(r.type() + " " + r.name(), d)));
            }
            if (r.isType(ResourceTypes.ROLE) && SecretValue.reveal(r.property("inlinePolicies").orElse(null)) instanceof List<?> l) {
                l.stream().filter(Map.class::isInstance).map(Map.class::cast).forEach(m ->
                        PolicyText.parse(m.get("policy")).ifPresent(d ->
                                docs.add(Map.entry("inline policy " + m.get("name") + " of role " + r.name(), d))));
            }
        }
        return docs;
    }

    /** Whether Action/NotAction (or Resource/NotResource) of a statement covers {@code value}. */
    private static boolean covers(Optional<ElementList> positive, Optional<ElementList> negative, String value,
                                  boolean ignoreCase) {
        if (positive.isPresent()) {
            return positive.get().values().stream().anyMatch(p -> (ignoreCase ? Wildcard.matchesIgnoringCase(p.value(), value) : Wildcard.matches(p.value(), value)));
        }
        return negative.isPresent()
                && negative.get().values().stream().noneMatch(p -> (ignoreCase ? Wildcard.matchesIgnoringCase(p.value(), value) : Wildcard.matches(p.value(), value)));
    }
}
