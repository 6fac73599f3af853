package dev.keyless.policy.catalog;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for a name that is not in the catalog.
 *
 * <p>Approach: compare lower-cased names by optimal-string-alignment distance (insertions,
 * deletions, substitutions, and swaps of two neighbours each cost 1: the usual typos). A
 * candidate is offered only when it is close: at most 1 edit for names up to 4 characters, 2 up
 * to 12, 3 beyond. Ties go to the longer shared prefix, then alphabetical order, so the answer is
 * stable. A distant guess is worse than none: for {@code s3:HeadBucket} the nearest actions
 * ({@code CreateBucket}, {@code ListBucket}) are 4 edits away and nothing is offered, rather
 * than a write action for a read one.
 */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String unknown, Collection<String> candidates) {
        String u = unknown.toLowerCase(Locale.ROOT);
        int limit = limit(u.length());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestPrefix = -1;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(c.length() - u.length()) > limit) {
                continue;
            }
            int d = distance(u, c, Math.min(limit, bestDistance));
            if (d > limit || d > bestDistance) {
                continue;
            }
            int prefix = sharedPrefix(u, c);
            if (d < bestDistance || prefix > bestPrefix || prefix == bestPrefix && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
                bestPrefix = prefix;
            }
        }
        return Optional.ofNullable(best);
    }

    static int limit(int length) {
        if (length <= 4) {
            return 1;
        }
        return length <= 12 ? 2 : 3;
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Optimal string alignment distance; gives up (returns max + 1) once a row exceeds max. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
