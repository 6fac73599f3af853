package dev.keyless.compliance;

import dev.keyless.UserError;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads which role, account, audience, bucket and prefixes belong together from the stack's outputs:
 * the program's {@code workloads} list when it has one (a stack with {@code keyless-federation:workloads}),
 * else the single workload's flat outputs ({@code roleArn}, {@code bucketName}, {@code tokenAudience},
 * {@code instanceName}). A list keyless cannot read, or both forms at once, stops the run (exit 1):
 * guessing which outputs describe the workloads could judge the wrong role against the wrong bucket.
 */
final class WorkloadOutputs {

    static final String LIST = "workloads";
    static final String ROLE = "roleArn";
    static final String BUCKET = "bucketName";
    static final String AUDIENCE = "tokenAudience";
    static final String INSTANCE = "instanceName";
    static final String ACCOUNT_ID = "serviceAccountUniqueId";
    private static final int MAX = 10_000;

    private WorkloadOutputs() {}

    /**
     * @param roles           every role of the stack
     * @param bucketArns      the ARNs of a bucket named by the outputs (the stack's bucket of that name, and
     *                        {@code arn:aws:s3:::NAME}); given no name, the ARNs of every bucket of the stack
     * @param createdAccounts the unique ids of the service accounts the stack creates
     */
    static List<WorkloadUnderReview> read(StackSnapshot stack, List<RoleUnderReview> roles,
                                          Function<Optional<String>, List<String>> bucketArns, Set<String> createdAccounts) {
        Object list = SecretValue.reveal(stack.outputs().get(LIST));
        if (list == null) {
            return List.of(flat(stack, roles, bucketArns, createdAccounts));
        }
        for (String flat : List.of(ROLE, BUCKET, AUDIENCE, ACCOUNT_ID)) {
            if (stack.outputs().containsKey(flat)) {
                throw new UserError("the stack exports both a workloads list and the single workload's " + flat
                        + " output; keyless cannot tell which describes the workloads (export one or the other)");
            }
        }
        if (!(list instanceof List<?> entries) || entries.isEmpty() || entries.size() > MAX) {
            throw new UserError("the stack's workloads output must be a list of 1 to " + MAX + " workloads");
        }
        java.util.Map<String, List<RoleUnderReview>> rolesByArn = new java.util.HashMap<>();
        roles.forEach(r -> r.arn().ifPresent(a -> rolesByArn.computeIfAbsent(a.toLowerCase(java.util.Locale.ROOT),
                k -> new ArrayList<>()).add(r)));
        List<WorkloadUnderReview> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(SecretValue.reveal(entries.get(i)) instanceof Map<?, ?> e)) {
                throw bad(i, "is not a map");
            }
            String name = text(e, "name", i);
            String arn = text(e, ROLE, i);
            List<String> prefixes = strings(e.get("prefixes"), i);
            out.add(new WorkloadUnderReview(name,
                    rolesByArn.getOrDefault(arn.toLowerCase(java.util.Locale.ROOT), List.of()),
                    Optional.of(arn), bucketArns.apply(Optional.of(text(e, BUCKET, i))), prefixes,
                    Set.of(text(e, ACCOUNT_ID, i)), optionalText(e, "serviceAccountEmail", i), Optional.of(text(e, AUDIENCE, i)),
                    optionalText(e, INSTANCE, i), Boolean.TRUE.equals(SecretValue.reveal(e.get("existingBucket"))), true));
        }
        return out;
    }

    /** The single workload: what the flat outputs name, else every role and bucket of the stack. */
    private static WorkloadUnderReview flat(StackSnapshot stack, List<RoleUnderReview> roles,
                                            Function<Optional<String>, List<String>> bucketArns, Set<String> createdAccounts) {
        Optional<String> roleArn = stack.output(ROLE);
        List<RoleUnderReview> mine = roleArn.isEmpty() ? roles
                : roles.stream().filter(r -> r.arn().filter(roleArn.get()::equalsIgnoreCase).isPresent()).toList();
        return new WorkloadUnderReview("", mine, roleArn, bucketArns.apply(stack.output(BUCKET)), List.of(), createdAccounts,
                stack.output("serviceAccountEmail"),
                stack.output(AUDIENCE), stack.output(INSTANCE), false, false);
    }

    private static String text(Map<?, ?> e, String key, int i) {
        return optionalText(e, key, i).orElseThrow(() -> bad(i, "has no " + key));
    }

    private static Optional<String> optionalText(Map<?, ?> e, String key, int i) {
        Object v = SecretValue.reveal(e.get(key));
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s) || s.isBlank()) {
            throw bad(i, key + " is not a text");
        }
        return Optional.of(s);
    }

    private static List<String> strings(Object v, int i) {
        Object list = SecretValue.reveal(v);
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> l)) {
            throw bad(i, "prefixes is not a list");
        }
        List<String> out = new ArrayList<>();
        for (Object p : l) {
            if (!(SecretValue.reveal(p) instanceof String s)) {
                throw bad(i, "prefixes holds something that is not a text");
            }
            out.add(s);
        }
        return out;
    }

    private static UserError bad(int i, String what) {
        return new UserError("the stack's workloads output, entry " + i + ", " + what
                + "; keyless cannot tell which role, account, bucket and prefixes belong together");
    }
}
