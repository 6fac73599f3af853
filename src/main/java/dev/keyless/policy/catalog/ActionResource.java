package dev.keyless.policy.catalog;

import java.util.List;

/**
 * One resource type an action accepts, as a row of the action's entry in the Service
 * Authorization Reference.
 *
 * @param type             the resource type
 * @param required         AWS marks required types with {@code *}: the action always acts on one
 * @param conditionKeys    keys that apply to the action on this resource type
 * @param dependentActions further permissions needed when acting on this type
 */
public record ActionResource(ResourceType type, boolean required, List<ConditionKey> conditionKeys,
                             List<String> dependentActions) {

    public ActionResource {
        conditionKeys = List.copyOf(conditionKeys);
        dependentActions = List.copyOf(dependentActions);
    }
}
