package dev.keyless.policy.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A service of the Service Authorization Reference.
 *
 * @param prefix        the service prefix used in actions and ARNs' policies ({@code s3})
 * @param name          its name ({@code Amazon S3})
 * @param actions       its actions, ordered by name
 * @param resourceTypes its resource types, ordered by name
 * @param conditionKeys the condition keys its page lists (including the {@code aws:} tag keys
 *                      it supports), ordered by name
 */
public record Service(String prefix, String name, List<Action> actions, List<ResourceType> resourceTypes,
                      List<ConditionKey> conditionKeys) {

    public Service {
        actions = List.copyOf(actions);
        resourceTypes = List.copyOf(resourceTypes);
        conditionKeys = List.copyOf(conditionKeys);
    }

    /** A resource type by name, ignoring case. */
    public Optional<ResourceType> resourceType(String name) {
        for (ResourceType t : resourceTypes) {
            if (t.name().equalsIgnoreCase(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** This service's definition of a key as written in a policy, ignoring case. */
    public Optional<ConditionKey> conditionKey(String key) {
        return ConditionKeys.find(conditionKeys, key.toLowerCase(Locale.ROOT));
    }

    /** One service per prefix: equality by prefix keeps hashing cheap for a record this deep. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Service other && other.prefix.equals(prefix);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }

    @Override
    public String toString() {
        return prefix + " (" + name + ")";
    }
}
