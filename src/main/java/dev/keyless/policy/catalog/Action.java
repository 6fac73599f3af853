package dev.keyless.policy.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An IAM action, such as {@code s3:GetObject}, as the Service Authorization Reference lists it.
 *
 * @param service          the service prefix as AWS spells it ({@code s3})
 * @param name             the action name as AWS spells it ({@code GetObject})
 * @param accessLevels     its access level(s)
 * @param resources        the resource types it accepts; empty when it supports only {@code "*"}
 * @param conditionKeys    the keys listed on the action itself
 * @param dependentActions further permissions the action needs, e.g. {@code iam:PassRole}
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html#actions_table">The actions table</a>
 */
public record Action(String service, String name, Set<AccessLevel> accessLevels, List<ActionResource> resources,
                     List<ConditionKey> conditionKeys, List<String> dependentActions) {

    public Action {
        accessLevels = Set.copyOf(accessLevels);
        resources = List.copyOf(resources);
        conditionKeys = List.copyOf(conditionKeys);
        dependentActions = List.copyOf(dependentActions);
    }

    /** {@code service:Name}, AWS's spelling. */
    public String fullName() {
        return service + ":" + name;
    }

    /**
     * True when the action has no resource types: it does not support resource-level permissions
     * and a statement must name it with {@code "Resource": "*"}.
     */
    public boolean takesOnlyWildcardResource() {
        return resources.isEmpty();
    }

    public List<ResourceType> resourceTypes() {
        List<ResourceType> types = new ArrayList<>(resources.size());
        for (ActionResource r : resources) {
            types.add(r.type());
        }
        return types;
    }

    /**
     * The resource types of this action a policy resource could refer to: for {@code "*"} all of
     * them; for {@code arn:aws:s3:::b} on {@code s3:GetObject}, none. Empty also when the action
     * takes only {@code "*"} (check {@link #takesOnlyWildcardResource()} first).
     */
    public List<ResourceType> resourceTypesMatching(ArnPattern resource) {
        List<ResourceType> hits = new ArrayList<>(2);
        for (ActionResource r : resources) {
            if (r.type().matches(resource)) {
                hits.add(r.type());
            }
        }
        return hits;
    }

    public List<ResourceType> resourceTypesMatching(String resource) {
        return resourceTypesMatching(ArnPattern.of(resource));
    }

    /**
     * Every key the reference ties to this action: the action's own, those of its rows per
     * resource type, and those of the resource types themselves. Global keys are not included:
     * they apply to every action.
     */
    public List<ConditionKey> applicableConditionKeys() {
        Set<ConditionKey> all = new LinkedHashSet<>(conditionKeys);
        for (ActionResource r : resources) {
            all.addAll(r.conditionKeys());
            all.addAll(r.type().conditionKeys());
        }
        return List.copyOf(all);
    }

    /**
     * The definition of a key as written in a policy among {@link #applicableConditionKeys()}
     * (searched in place: checks call this for every action of every statement).
     */
    public Optional<ConditionKey> conditionKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        Optional<ConditionKey> found = ConditionKeys.find(conditionKeys, lower);
        for (int i = 0; found.isEmpty() && i < resources.size(); i++) {
            ActionResource r = resources.get(i);
            found = ConditionKeys.find(r.conditionKeys(), lower);
            if (found.isEmpty()) {
                found = ConditionKeys.find(r.type().conditionKeys(), lower);
            }
        }
        return found;
    }

    /** One definition per {@code service:Name}: equality by name keeps sets of actions cheap. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Action other && other.service.equals(service) && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return service.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return fullName();
    }
}
