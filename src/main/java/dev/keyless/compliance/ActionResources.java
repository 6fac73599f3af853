package dev.keyless.compliance;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.catalog.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which resources an action is authorized on, from the Service Authorization Reference: a request pairs
 * an action with a resource of a type the action lists ({@code s3:GetObject} with an object ARN, never a
 * bucket ARN), or with {@code *} when the action lists none. Questions about other pairs ask about
 * requests AWS never evaluates.
 */
public final class ActionResources {

    /** The name keyless gives to example resources it makes up. */
    static final String EXAMPLE_NAME = "keyless-review";

    private final IamCatalog catalog;

    public ActionResources(IamCatalog catalog) {
        this.catalog = catalog;
    }

    /** Empty when AWS authorizes {@code action} on {@code resourceArn}; otherwise why not. */
    public Optional<String> refusal(String action, String resourceArn) {
        Optional<Action> a = catalog.action(action);
        if (a.isEmpty()) {
            return Optional.of(action + " is not an action in AWS's Service Authorization Reference");
        }
        if (a.get().takesOnlyWildcardResource()) {
            return resourceArn.equals("*") ? Optional.empty()
                    : Optional.of(action + " supports no resource-level permissions; it is authorized only on \"*\"");
        }
        if (a.get().resourceTypesMatching(resourceArn).isEmpty()) {
            return Optional.of(action + " applies to " + types(a.get()) + ", not to " + resourceArn);
        }
        return Optional.empty();
    }

    /**
     * Concrete resources of every type the action applies to, in the given account and region (made-up
     * names), or {@code *} for an action without resource types: what "any resource" means for it.
     */
    public List<String> examples(String action, String account, String region) {
        Optional<Action> a = catalog.action(action);
        if (a.isEmpty() || a.get().takesOnlyWildcardResource()) {
            return List.of("*");
        }
        List<String> out = new ArrayList<>();
        for (ResourceType t : a.get().resourceTypes()) {
            String arn = t.arnFormat().template()
                    .replace("${Partition}", "aws").replace("${Region}", region).replace("${Account}", account)
                    .replaceAll("\\$\\{[^}]*}", EXAMPLE_NAME).replace("*", EXAMPLE_NAME);
            if (!out.contains(arn)) {
                out.add(arn);
            }
        }
        return out;
    }

    private static String types(Action a) {
        List<String> names = a.resourceTypes().stream().map(ResourceType::name).toList();
        return String.join(" or ", names) + " resources";
    }
}
