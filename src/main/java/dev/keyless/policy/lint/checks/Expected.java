package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.ResourceType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resource types in words for findings: {@code s3 object (arn:${Partition}:s3:::${BucketName}/${ObjectName})}. */
final class Expected {

    private static final int SHOWN = 3;

    private Expected() {}

    static String types(Collection<ResourceType> types) {
        List<String> parts = new ArrayList<>();
        for (ResourceType t : types) {
            if (parts.size() == SHOWN) {
                parts.add("and " + (types.size() - SHOWN) + " more resource types");
                break;
            }
            parts.add(t.service() + " " + t.name() + " (" + t.arnFormat().template() + ")");
        }
        return String.join(", ", parts);
    }

    /** What the actions act on; "only *" for actions without resource-level permissions. */
    static String of(List<Action> actions) {
        Set<ResourceType> types = new LinkedHashSet<>();
        boolean starOnly = false;
        for (Action a : actions) {
            types.addAll(a.resourceTypes());
            starOnly |= a.takesOnlyWildcardResource();
        }
        String star = "only \"*\": it has no resource-level permissions";
        if (types.isEmpty()) {
            return star;
        }
        return starOnly ? types(types) + ", or " + star : types(types);
    }
}
