package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.ActionResource;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.model.Text;

import java.util.List;

/**
 * The Resource values of one statement, prepared for "which resource types could this name": each
 * value looked up once as a {@link ResourceValue}, which remembers its answers for the rest of the
 * validation. A value is judged when it is an ARN with a literal service field the catalog knows;
 * {@code *} and patterns over the service field can name anything and are not.
 */
final class StatementResources {

    private final CheckContext context;
    private final List<Text> values;
    private final ResourceValue[] resources;
    private final boolean star;

    private StatementResources(CheckContext context, List<Text> values) {
        this.context = context;
        this.values = values;
        this.resources = new ResourceValue[values.size()];
        boolean anyStar = false;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i).value();
            anyStar |= v.equals("*");
            resources[i] = ResourceValue.of(context, v);
        }
        this.star = anyStar;
    }

    static StatementResources of(CheckContext context, List<Text> values) {
        return new StatementResources(context, values);
    }

    int size() {
        return values.size();
    }

    boolean judged(int i) {
        return resources[i].judged();
    }

    /** Some value is exactly {@code *}: it names every resource, and is the only way to name none in particular. */
    boolean hasStar() {
        return star;
    }

    /** Value {@code i} could name a resource of one of the types of one of the lists. */
    boolean matchesAny(int i, List<List<ResourceType>> types) {
        for (List<ResourceType> list : types) {
            for (ResourceType t : list) {
                if (resources[i].matches(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Some value, {@code *} included, could name a resource of one of these types. */
    boolean anyMatches(List<ActionResource> types) {
        if (star) {
            return !types.isEmpty();
        }
        for (ActionResource t : types) {
            for (ResourceValue r : resources) {
                if (r.judged() && r.matches(t.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The value's resource part, Region and account fit its ARN service's formats; otherwise the ARN
     * checks report it and a "matches no action" would only repeat them in other words.
     */
    boolean wellFormed(int i) {
        return resources[i].wellFormed(context, values.get(i));
    }

    /** Every value other than {@code *} is judged and well-formed, so "matches no resource" is meaningful. */
    boolean allJudgedAndWellFormed() {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).value().equals("*")) {
                continue;
            }
            if (!judged(i) || !wellFormed(i)) {
                return false;
            }
        }
        return true;
    }
}
