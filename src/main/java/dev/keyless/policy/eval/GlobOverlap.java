package dev.keyless.policy.eval;

/**
 * Whether two wildcard patterns can match a common string: used to ask whether a policy's
 * {@code s3:Get*} and a checked {@code s3:G?tObject} could both name one action. Dynamic programming
 * over both patterns; small inputs (action names) only.
 */
public final class GlobOverlap {

    private GlobOverlap() {}

    /**
     * Whether two patterns ({@code *} any run, {@code ?} one character) can match one string, e.g. a
     * statement's {@code arn:aws:s3:::*-data/*} and {@code arn:aws:s3:::keyless-data/*}.
     */
    public static boolean overlap(String a, String b, boolean ignoreCase) {
        return overlaps(Glob.pattern(a, ignoreCase), Glob.pattern(b, ignoreCase), ignoreCase);
    }

    static boolean overlaps(Glob a, Glob b, boolean ignoreCase) {
        String x = a.text();
        String y = b.text();
        int n = x.length();
        int m = y.length();
        // reach[i][j]: prefixes x[0,i) and y[0,j) can describe the same string.
        boolean[][] reach = new boolean[n + 1][m + 1];
        reach[0][0] = true;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (!reach[i][j]) {
                    continue;
                }
                boolean starA = i < n && a.isWild(i) && x.charAt(i) == '*';
                boolean starB = j < m && b.isWild(j) && y.charAt(j) == '*';
                if (starA) {
                    reach[i + 1][j] = true; // the star matches nothing more
                    if (j < m) {
                        reach[i][j + 1] = true; // the star swallows one more element of b
                    }
                }
                if (starB) {
                    reach[i][j + 1] = true;
                    if (i < n) {
                        reach[i + 1][j] = true;
                    }
                }
                if (i < n && j < m && !starA && !starB) {
                    boolean anyA = a.isWild(i);
                    boolean anyB = b.isWild(j);
                    char cx = x.charAt(i);
                    char cy = y.charAt(j);
                    if (anyA || anyB || cx == cy || (ignoreCase && Character.toLowerCase(cx) == Character.toLowerCase(cy))) {
                        reach[i + 1][j + 1] = true;
                    }
                }
            }
        }
        return reach[n][m];
    }
}
