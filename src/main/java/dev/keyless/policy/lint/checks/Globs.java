package dev.keyless.policy.lint.checks;

/**
 * IAM's wildcard matching for Action values: {@code *} for any run of characters, {@code ?} for one,
 * ignoring case ("The prefix and the action name are case insensitive").
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM JSON policy elements: Action</a>
 */
final class Globs {

    private Globs() {}

    static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    /** Whether {@code pattern} matches {@code text}, ignoring case. */
    static boolean matchesIgnoringCase(String pattern, String text) {
        return matches(pattern.toLowerCase(java.util.Locale.ROOT), 0, text.toLowerCase(java.util.Locale.ROOT), 0);
    }

    private static boolean matches(String p, int pi, String t, int ti) {
        // Iterative with one backtrack point: linear enough for policy-sized strings.
        int star = -1;
        int mark = 0;
        while (ti < t.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == t.charAt(ti))) {
                pi++;
                ti++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
