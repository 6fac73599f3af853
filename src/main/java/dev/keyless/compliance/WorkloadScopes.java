package dev.keyless.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each workload reads, as (bucket, prefix) scopes ({@code ""}: the whole bucket), indexed so that
 * the scopes a pattern can reach are found without looking at every other workload: per bucket, sorted
 * by prefix. A key pattern with the literal start {@code L} can only name keys under {@code L}, so it can
 * reach a scope with prefix {@code P} only when one of {@code L} and {@code P} starts with the other.
 */
final class WorkloadScopes {

    /** One bucket, or one prefix of it, that a workload reads. */
    record Scope(WorkloadUnderReview workload, String bucketArn, String prefix) {}

    private final List<Scope> all = new ArrayList<>();
    private final Map<String, NavigableMap<String, List<Scope>>> byBucket = new HashMap<>();
    private final Map<WorkloadUnderReview, List<Integer>> positions = new java.util.IdentityHashMap<>();

    WorkloadScopes(List<WorkloadUnderReview> workloads) {
        for (WorkloadUnderReview w : workloads) {
            for (String bucket : w.bucketArns()) {
                for (String prefix : w.scoped() ? w.prefixes() : List.of("")) {
                    all.add(new Scope(w, bucket, prefix));
                }
            }
        }
        all.sort(Comparator.comparing(Scope::bucketArn).thenComparing(Scope::prefix));
        for (int i = 0; i < all.size(); i++) {
            Scope s = all.get(i);
            byBucket.computeIfAbsent(s.bucketArn(), b -> new TreeMap<>()).computeIfAbsent(s.prefix(), p -> new ArrayList<>()).add(s);
            positions.computeIfAbsent(s.workload(), w -> new ArrayList<>()).add(i);
        }
    }

    List<Scope> all() {
        return all;
    }

    /** Every scope whose bucket matches {@code bucketArn} and whose keys can start with {@code literalStart}. */
    Collection<Scope> reachable(String bucketArn, String literalStart) {
        NavigableMap<String, List<Scope>> prefixes = byBucket.get(bucketArn);
        if (prefixes == null) {
            return List.of();
        }
        Set<Scope> out = new LinkedHashSet<>();
        // Prefixes that start with the literal start: a contiguous run in sorted order.
        for (List<Scope> s : prefixes.subMap(literalStart, true, literalStart + Character.MAX_VALUE, false).values()) {
            out.addAll(s);
        }
        // Prefixes the literal start itself starts with (the whole bucket, "" included).
        for (int i = 0; i <= literalStart.length(); i++) {
            out.addAll(prefixes.getOrDefault(literalStart.substring(0, i), List.of()));
        }
        return out;
    }

    /** The scopes of other workloads right before and after each scope of {@code w} in (bucket, prefix) order. */
    Set<Scope> neighbours(WorkloadUnderReview w) {
        Set<Scope> out = new LinkedHashSet<>();
        for (int i : positions.getOrDefault(w, List.of())) {
            for (int step : new int[] {-1, 1}) {
                for (int j = i + step; j >= 0 && j < all.size(); j += step) {
                    if (all.get(j).workload() != w) {
                        out.add(all.get(j));
                        break;
                    }
                }
            }
        }
        return out;
    }
}
