package dev.keyless.policy.model;

import java.util.List;
import java.util.Optional;

/**
 * One policy statement as written. Elements that were missing or of the wrong JSON type are empty;
 * the reader reports the type errors, and checks decide what a missing element means.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy grammar</a>
 */
public record Statement(
        int index,
        Location location,
        Optional<Text> sid,
        Optional<Text> effect,
        Optional<PrincipalElement> principal,
        Optional<PrincipalElement> notPrincipal,
        Optional<ElementList> action,
        Optional<ElementList> notAction,
        Optional<ElementList> resource,
        Optional<ElementList> notResource,
        Optional<ConditionBlock> condition) {

    /** The effect when it is exactly {@code Allow} or {@code Deny}. */
    public Optional<Effect> effectValue() {
        return effect.flatMap(t -> Effect.fromJson(t.value()));
    }

    public boolean allows() {
        return effectValue().filter(e -> e == Effect.ALLOW).isPresent();
    }

    /** Action or NotAction, whichever the statement has (Action first if both). */
    public Optional<ElementList> actions() {
        return action.isPresent() ? action : notAction;
    }

    /** Resource or NotResource, whichever the statement has (Resource first if both). */
    public Optional<ElementList> resources() {
        return resource.isPresent() ? resource : notResource;
    }

    /** Principal or NotPrincipal, whichever the statement has (Principal first if both). */
    public Optional<PrincipalElement> principals() {
        return principal.isPresent() ? principal : notPrincipal;
    }

    public List<ConditionClause> conditions() {
        return condition.map(ConditionBlock::clauses).orElse(List.of());
    }

    /** The statement's path, e.g. {@code Statement[2]}, or {@code Statement} for a single object. */
    public JsonPath path() {
        return location.path();
    }
}
