package dev.keyless.report;

import dev.keyless.compliance.StackIndex;
import dev.keyless.compliance.WorkloadUnderReview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the workloads use but the stack does not hold, so that no rule could judge it: an existing bucket's
 * own policy, ACLs, public access block and encryption, and an existing service account's grants outside
 * the stack. The report says so rather than let a pass suggest they were reviewed.
 */
final class OutsideTheStack {

    private OutsideTheStack() {}

    static List<String> notes(StackIndex index) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, List<String>> buckets = new LinkedHashMap<>();
        for (WorkloadUnderReview w : index.workloads()) {
            w.bucketArns().stream().filter(arn -> index.bucketAt(arn).isEmpty())
                    .forEach(arn -> buckets.computeIfAbsent(arn, a -> new ArrayList<>()).add(w.label()));
        }
        buckets.forEach((arn, users) -> out.add("Bucket " + arn + " (" + String.join(", ", users) + ") exists outside the"
                + " stack: its own bucket policy, ACLs, public access block and encryption are not in the export and were not judged."));
        for (WorkloadUnderReview w : index.workloads()) {
            if (w.listed() && w.accountEmail().isPresent() && index.stack().ofType("gcp:serviceaccount/account:Account").stream()
                    .noneMatch(r -> r.string("uniqueId").filter(w.accountIds()::contains).isPresent())) {
                out.add("Service account " + w.accountEmail().get() + " (" + w.label() + ") exists outside the stack: IAM grants"
                        + " on it made outside the stack (who may act as it, mint its tokens) were not judged.");
            }
        }
        return List.copyOf(out);
    }
}
