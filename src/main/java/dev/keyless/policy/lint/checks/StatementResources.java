package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.ActionResource;
import dev.keyless.policy.catalog.ArnPattern;
import dev.keyless.policy.catalog.ArnServiceRules;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The Resource values of one statement, prepared for "which resource types could this name":
 * each value compiled once, each (type, value) match computed at most once per validation. A value is judged
 * when it is an ARN with a literal service field the catalog knows; {@code *} and patterns over
 * the service field can name anything and are not.
 */
final class StatementResources {

    private final CheckContext context;
    private final List<Text> values;
    private final ArnPattern[] patterns;
    private final ResourceArn[] arns;
    private final boolean star;

    private StatementResources(CheckContext context, List<Text> values) {
        this.context = context;
        this.values = values;
        this.patterns = new ArnPattern[values.size()];
        this.arns = new ResourceArn[values.size()];
        boolean anyStar = false;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i).value();
            anyStar |= v.equals("*");
            Optional<ResourceArn> arn = ResourceArn.parse(v);
            if (arn.isPresent() && ResourceArn.literal(arn.get().service())
                    && context.catalog().arnService(arn.get().service()).isPresent()) {
                arns[i] = arn.get();
                patterns[i] = context.arnPattern(v);
            }
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
        return patterns[i] != null;
    }

    /** Some value is exactly {@code *}: it names every resource, and is the only way to name none in particular. */
    boolean hasStar() {
        return star;
    }

    boolean matchesAny(int i, Collection<ResourceType> types) {
        for (ResourceType t : types) {
            if (matches(t, i)) {
                return true;
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
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i] != null && matches(t.type(), i)) {
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
        ArnServiceRules rules = context.catalog().arnService(arns[i].service()).orElseThrow();
        return ArnFields.judge(context, arns[i], rules, values.get(i), new ArrayList<>());
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

    private boolean matches(ResourceType t, int i) {
        return context.typeMatches(t, values.get(i).value());
    }
}
