package dev.keyless.rulebook.steps;

import dev.keyless.compliance.ActionResources;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;

import java.util.List;

/** The resources a decision table may name, resolved against the stack under review. */
public enum ResourceRef {
    THE_BUCKET("the bucket"),
    AN_OBJECT_IN_THE_BUCKET("an object in the bucket"),
    ALL_OBJECTS_IN_THE_BUCKET("all objects in the bucket"),
    ANOTHER_BUCKET("another bucket"),
    AN_OBJECT_IN_ANOTHER_BUCKET("an object in another bucket"),
    THE_ROLE_ITSELF("the role itself"),
    ANY_RESOURCE("any resource");

    /** A bucket no stack owns: S3 bucket names are global, and this one is AWS's documentation example. */
    static final String OTHER_BUCKET = "arn:aws:s3:::amzn-s3-demo-bucket";

    private final String phrase;

    ResourceRef(String phrase) {
        this.phrase = phrase;
    }

    public static ResourceRef of(String phrase) {
        for (ResourceRef r : values()) {
            if (r.phrase.equals(phrase)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown resource phrase: " + phrase);
    }

    public static String regex() {
        return String.join("|", java.util.Arrays.stream(values()).map(r -> r.phrase).toList());
    }

    /**
     * The ARNs for this phrase, for the given role and action; empty when the stack has no such
     * resource. "Any resource" is a resource of every type the action applies to, in the stack's
     * account and region, or {@code *} for an action without resource types.
     */
    public List<String> arns(StackIndex index, RoleUnderReview role, String action, ActionResources catalog) {
        List<String> buckets = index.bucketArns();
        return switch (this) {
            case THE_BUCKET -> buckets;
            case AN_OBJECT_IN_THE_BUCKET -> buckets.stream().map(b -> b + "/reports/2026/q3.csv").toList();
            case ALL_OBJECTS_IN_THE_BUCKET -> buckets.stream().map(b -> b + "/*").toList();
            case ANOTHER_BUCKET -> List.of(OTHER_BUCKET);
            case AN_OBJECT_IN_ANOTHER_BUCKET -> List.of(OTHER_BUCKET + "/reports/2026/q3.csv");
            case THE_ROLE_ITSELF -> role.arn().stream().toList();
            case ANY_RESOURCE -> catalog.examples(action, index.account().orElse("123456789012"),
                    index.region().orElse("us-east-1"));
        };
    }

    @Override
    public String toString() {
        return phrase;
    }
}
