package dev.keyless.compliance;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One workload as the stack's outputs describe it: the roles it assumes, the service account(s) whose
 * tokens should open them, its audience, its buckets and the key prefixes it may read (none: the whole
 * bucket). A stack exporting {@code workloads} has one per entry; a stack with the single workload's
 * flat outputs has one, and a hand-made export without them has one that every role and bucket of the
 * stack belongs to, so that nothing escapes a rule written for "the workload".
 *
 * @param name           the workload's name; empty for the single workload of the flat outputs
 * @param roles          the roles of the stack its role ARN names (all roles when nothing names one)
 * @param roleArn        the role ARN the outputs name, if they name one
 * @param bucketArns     the buckets it reads ({@code arn:aws:s3:::NAME}), whether or not the stack creates them
 * @param prefixes       the key prefixes it reads; empty for the whole bucket
 * @param accountIds     the unique ids of the service accounts that may assume its roles
 * @param accountEmail   its service account's email, when the outputs name it
 * @param audience       the audience its tokens carry
 * @param instanceName   the name of its reviewed VM, if it has one
 * @param existingBucket whether its bucket exists outside the stack (its own policy is not in the export)
 * @param listed         whether it comes from the {@code workloads} output
 */
public record WorkloadUnderReview(String name, List<RoleUnderReview> roles, Optional<String> roleArn,
                                  List<String> bucketArns, List<String> prefixes, Set<String> accountIds,
                                  Optional<String> accountEmail, Optional<String> audience, Optional<String> instanceName, boolean existingBucket,
                                  boolean listed) {

    public WorkloadUnderReview {
        roles = List.copyOf(roles);
        bucketArns = List.copyOf(bucketArns);
        prefixes = List.copyOf(prefixes);
        accountIds = Set.copyOf(accountIds);
    }

    /** How violations name it. */
    public String label() {
        return listed ? "workload " + name : "the workload";
    }

    /** Whether it reads only parts of its bucket. */
    public boolean scoped() {
        return !prefixes.isEmpty();
    }

    /** Whether {@code key} (an object key) lies in what it may read. */
    public boolean covers(String key) {
        return prefixes.isEmpty() || prefixes.stream().anyMatch(key::startsWith);
    }

    /**
     * A prefix IAM compares literally: not empty (the whole bucket), no {@code *} or {@code ?} (wildcards
     * in a Resource ARN and in StringLike), no {@code ${} (a policy variable).
     */
    public static boolean literalPrefix(String prefix) {
        return !prefix.isEmpty() && !prefix.contains("*") && !prefix.contains("?") && !prefix.contains("${");
    }
}
