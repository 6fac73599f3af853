package dev.keyless.compliance;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.eval.GlobOverlap;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one Allow statement grants on a bucket's data, read from the IAM catalog rather than from action
 * names: the S3 actions its Action (or the complement of its NotAction) names that apply to a resource
 * type of the target, when its Resource (or NotResource) can name the target. Deliberately generous:
 * conditions are not read here, a policy variable may stand for anything, and a NotResource exempts a
 * target only when it names all of it. A grant this finds may be narrowed by a condition; one it does
 * not find cannot exist.
 */
final class S3Grants {

    /** Something a statement may grant on: a glob of ARNs and the resource types AWS authorizes on them. */
    record Target(String description, String arnGlob, Set<String> resourceTypes) {}

    private final IamCatalog catalog;
    private final List<Action> s3;

    S3Grants(IamCatalog catalog) {
        this.catalog = catalog;
        this.s3 = catalog.service("s3").map(s -> s.actions()).orElseThrow(() ->
                new IllegalStateException("the IAM catalog has no s3 service"));
    }

    /** The targets of a bucket's data: the bucket, its objects, and each access point in front of it. */
    static List<Target> targets(String bucketArn, List<AccessPoint> accessPoints) {
        List<Target> out = new ArrayList<>();
        out.add(new Target("the bucket", bucketArn, Set.of("bucket")));
        out.add(new Target("its objects", bucketArn + "/*", Set.of("object")));
        for (AccessPoint ap : accessPoints) {
            ap.arn().ifPresent(arn -> {
                out.add(new Target(ap.label(), arn, Set.of("accesspoint", "multiregionaccesspoint")));
                out.add(new Target("objects through " + ap.label(), arn + "/object/*",
                        Set.of("accesspointobject", "multiregionaccesspointrequestarn")));
            });
        }
        return out;
    }

    /**
     * The targets of an access point policy: whatever it names is reached through that access point,
     * so every resource counts (a statement naming another access point's ARN is read generously).
     */
    static List<Target> accessPointTargets(AccessPoint ap) {
        return List.of(new Target(ap.label(), "*", Set.of("accesspoint", "multiregionaccesspoint", "bucket",
                "accesspointobject", "multiregionaccesspointrequestarn", "object")));
    }

    /** The S3 actions the statement grants on any of the targets, in catalog order. */
    Set<String> granted(Statement s, List<Target> targets) {
        Set<String> out = new LinkedHashSet<>();
        List<Action> actions = actions(s);
        for (Target t : targets) {
            if (!covers(s, t)) {
                continue;
            }
            for (Action a : actions) {
                if (a.resourceTypes().stream().map(ResourceType::name).anyMatch(t.resourceTypes()::contains)) {
                    out.add(a.fullName());
                }
            }
        }
        return out;
    }

    /** The S3 actions Action names, or every S3 action NotAction does not name. */
    private List<Action> actions(Statement s) {
        if (s.action().isPresent()) {
            Set<Action> named = new LinkedHashSet<>();
            for (Text v : s.action().get().values()) {
                catalog.expand(v.value()).stream().filter(a -> a.service().equals("s3")).forEach(named::add);
            }
            return List.copyOf(named);
        }
        if (s.notAction().isPresent()) {
            List<Action> out = new ArrayList<>();
            for (Action a : s3) {
                boolean excluded = s.notAction().get().values().stream()
                        .anyMatch(v -> Wildcard.matchesIgnoringCase(v.value(), a.fullName()));
                if (!excluded) {
                    out.add(a);
                }
            }
            return out;
        }
        return List.of();
    }

    private static boolean covers(Statement s, Target t) {
        Optional<ElementList> resource = s.resource();
        if (resource.isPresent()) {
            return resource.get().values().stream().anyMatch(v -> GlobOverlap.overlap(variablesAsWildcards(v.value()), t.arnGlob(), false));
        }
        if (s.notResource().isPresent()) {
            return s.notResource().get().values().stream().noneMatch(v -> Wildcard.matches(variablesAsWildcards(v.value()), t.arnGlob()));
        }
        return true;
    }

    /** A policy variable ({@code ${aws:username}}) can resolve to any text, so it matches as a wildcard would. */
    static String variablesAsWildcards(String value) {
        return value.replaceAll("\\$\\{[^}]*}", "*");
    }

    /** S3 actions for messages: the first few by name, then how many more. */
    static String describe(Set<String> actions) {
        return describe(actions, "S3 actions");
    }

    /** Actions for messages: the first few by name, then how many more {@code noun}. */
    static String describe(Set<String> actions, String noun) {
        List<String> list = List.copyOf(actions);
        if (list.size() <= 4) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, 4)) + " and " + (list.size() - 4) + " more " + noun;
    }
}
