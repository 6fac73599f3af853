package dev.keyless.rulebook.steps;

import dev.keyless.compliance.ActionResources;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.compliance.WorkloadUnderReview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The resources a decision table may name, resolved against one workload of the stack under review. */
public enum ResourceRef {
    THE_BUCKET("the bucket", false),
    AN_OBJECT_IN_THE_BUCKET("an object in the bucket", false),
    ALL_OBJECTS_IN_THE_BUCKET("all objects in the bucket", false),
    AN_OBJECT_OUTSIDE_THE_PREFIXES("an object outside the workload's prefixes", true),
    THE_BUCKET_OUTSIDE_THE_PREFIXES("the bucket outside the workload's prefixes", true),
    ANOTHER_BUCKET("another bucket", false),
    AN_OBJECT_IN_ANOTHER_BUCKET("an object in another bucket", false),
    THE_ROLE_ITSELF("the role itself", false),
    ANY_RESOURCE("any resource", false);

    /** A bucket no stack owns: S3 bucket names are global, and this one is AWS's documentation example. */
    static final String OTHER_BUCKET = "arn:aws:s3:::amzn-s3-demo-bucket";
    static final String OBJECT = "reports/2026/q3.csv";
    /** The start of a key outside every prefix of a workload (lengthened until it is). */
    static final String OUTSIDE = "keyless-outside/";

    /**
     * One request to ask about: a resource and, for a listing, the {@code s3:prefix} the request carries
     * (S3 sets the key only when the listing names a prefix: "Amazon S3 condition key examples").
     */
    public record Probe(String arn, Optional<String> listPrefix) {
        static Probe of(String arn) {
            return new Probe(arn, Optional.empty());
        }

        @Override
        public String toString() {
            return arn + listPrefix.map(p -> " with s3:prefix \"" + p + "\"").orElse(listing() ? " without s3:prefix" : "");
        }

        private boolean listing() {
            return !arn.contains("/") && arn.startsWith("arn:aws:s3:::");
        }
    }

    private final String phrase;
    private final boolean onlyForScopedWorkloads;

    ResourceRef(String phrase, boolean onlyForScopedWorkloads) {
        this.phrase = phrase;
        this.onlyForScopedWorkloads = onlyForScopedWorkloads;
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
     * Whether a workload may have no such resource: a workload reading its whole bucket has nothing
     * outside its prefixes, nor has one whose prefixes are patterns (a rule of its own rejects those).
     */
    public boolean mayBeAbsent() {
        return onlyForScopedWorkloads;
    }

    /** The ARNs for this phrase, for the given role (of the workload the outputs tie it to) and action. */
    public List<String> arns(StackIndex index, RoleUnderReview role, String action, ActionResources catalog) {
        WorkloadUnderReview w = index.workloadOf(role).orElse(index.workloads().get(0));
        return probes(index, w, role, action, catalog).stream().map(Probe::arn).distinct().toList();
    }

    /**
     * The requests for this phrase, for one role of one workload and an action; empty when the stack has no
     * such resource. A workload scoped to prefixes lists "the bucket" under each prefix and reads an object
     * under each; "any resource" is a resource of every type the action applies to, in the stack's account
     * and region, or {@code *} for an action without resource types.
     */
    public List<Probe> probes(StackIndex index, WorkloadUnderReview w, RoleUnderReview role, String action,
                              ActionResources catalog) {
        List<String> buckets = w.bucketArns();
        boolean listing = action.equalsIgnoreCase("s3:ListBucket") || action.equalsIgnoreCase("s3:ListBucketVersions");
        List<String> keys = w.scoped() ? w.prefixes() : List.of("");
        Optional<String> outside = outside(w);
        List<Probe> out = new ArrayList<>();
        switch (this) {
            case THE_BUCKET -> buckets.forEach(b -> listUnder(out, b, listing && w.scoped() ? w.prefixes() : List.of()));
            case AN_OBJECT_IN_THE_BUCKET -> buckets.forEach(b -> keys.forEach(k -> out.add(Probe.of(b + "/" + k + OBJECT))));
            case ALL_OBJECTS_IN_THE_BUCKET -> buckets.forEach(b -> keys.forEach(k -> out.add(Probe.of(b + "/" + k + "*"))));
            case AN_OBJECT_OUTSIDE_THE_PREFIXES -> outside.ifPresent(o -> buckets.forEach(b -> out.add(Probe.of(b + "/" + o + OBJECT))));
            case THE_BUCKET_OUTSIDE_THE_PREFIXES -> outside.ifPresent(o -> buckets.forEach(b -> {
                out.add(Probe.of(b));
                out.add(new Probe(b, Optional.of(o)));
            }));
            case ANOTHER_BUCKET -> listUnder(out, OTHER_BUCKET, listing && w.scoped() ? w.prefixes() : List.of());
            case AN_OBJECT_IN_ANOTHER_BUCKET -> keys.forEach(k -> out.add(Probe.of(OTHER_BUCKET + "/" + k + OBJECT)));
            case THE_ROLE_ITSELF -> role.arn().ifPresent(a -> out.add(Probe.of(a)));
            case ANY_RESOURCE -> catalog.examples(action, index.account().orElse("123456789012"), index.region().orElse("us-east-1"))
                    .forEach(a -> out.add(Probe.of(a)));
        }
        return out;
    }

    private static void listUnder(List<Probe> out, String bucket, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            out.add(Probe.of(bucket));
        }
        prefixes.forEach(p -> out.add(new Probe(bucket, Optional.of(p))));
    }

    /** A key start under none of the workload's prefixes; none for a whole-bucket workload or pattern prefixes. */
    static Optional<String> outside(WorkloadUnderReview w) {
        if (!w.scoped() || !w.prefixes().stream().allMatch(WorkloadUnderReview::literalPrefix)) {
            return Optional.empty();
        }
        // At most 20 prefixes: some first character starts none of them.
        for (char c : ("k" + "abcdefghijlmnopqrstuvwxyz0123456789").toCharArray()) {
            String key = c == 'k' ? OUTSIDE : c + OUTSIDE;
            if (!w.covers(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return phrase;
    }
}
