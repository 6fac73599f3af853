package dev.keyless.policy.catalog;

/**
 * IAM's wildcard match: {@code *} is any run of characters, {@code ?} any one character. Action
 * names compare ignoring case, resource ARNs and most principal values exactly; the one matcher
 * serves the catalog, the checks and the compliance reviews alike.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM JSON policy elements: Action</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">IAM JSON policy elements: Resource</a>
 */
public final class Wildcard {

    private Wildcard() {
    }

    public static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    /**
     * A matcher for one pattern against many names (a service's actions): the common shapes
     * {@code *}, {@code Get*}, {@code *Object} and {@code *Object*} become a prefix, suffix or
     * contains test, anything else the general match. The answers are {@link #matches}'s: both sides
     * must already be lower-case for action names.
     */
    static java.util.function.Predicate<String> matcher(String pattern) {
        int last = pattern.length() - 1;
        if (pattern.indexOf('?') < 0) {
            int star = pattern.indexOf('*');
            if (star < 0) {
                return pattern::equals;
            }
            if (pattern.equals("*")) {
                return name -> true;
            }
            int next = pattern.indexOf('*', star + 1);
            if (star == last && next < 0) {
                String start = pattern.substring(0, last);
                return name -> name.startsWith(start);
            }
            if (star == 0 && next < 0) {
                String end = pattern.substring(1);
                return name -> name.endsWith(end);
            }
            if (star == 0 && next == last) {
                String middle = pattern.substring(1, last);
                return name -> name.contains(middle);
            }
        }
        return name -> matches(pattern, name);
    }

    /** {@link #matches}, ignoring case (action names: "The prefix and the action name are case insensitive"). */
    public static boolean matchesIgnoringCase(String pattern, String text) {
        return matches(pattern, null, text, true);
    }

    /** Case-sensitive. */
    public static boolean matches(String pattern, String text) {
        return matches(pattern, null, text, false);
    }

    /**
     * The one matching loop of keyless. {@code wild} says which positions of {@code pattern} are
     * wildcards when a {@code *} or {@code ?} stands there; null means all of them (the evaluator
     * marks text substituted from a policy variable, or written {@code ${*}}, as literal). Case is
     * ignored character by character, as {@link String#regionMatches(boolean, int, String, int, int)}
     * does. Greedy with one backtrack point: linear in practice, never exponential.
     */
    public static boolean matches(String pattern, boolean[] wild, String text, boolean ignoreCase) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        int m = pattern.length();
        while (t < text.length()) {
            char c = p < m ? pattern.charAt(p) : 0;
            boolean isWild = p < m && (wild == null || wild[p]);
            if (p < m && isWild && c == '*') {
                star = p++;
                resume = t;
            } else if (p < m && ((isWild && c == '?') || same(c, text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < m && pattern.charAt(p) == '*' && (wild == null || wild[p])) {
            p++;
        }
        return p == m;
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && (Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b));
    }
}
