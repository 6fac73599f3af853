package dev.keyless.policy.eval;

/**
 * Matches ARNs as IAM does for the Resource element and the Arn operators: the six colon-separated
 * parts are compared one by one, case-sensitively, each with {@code *} and {@code ?} wildcards ("Each
 * of the six colon-delimited components of the ARN is checked separately", IAM User Guide, "Condition
 * operators", ARN condition operators). The resource part is everything after the fifth colon, so a
 * wildcard there may span further colons and slashes.
 */
final class ArnPattern {

    private ArnPattern() {}

    /** The six parts of an ARN, or null when the text has fewer than five colons. */
    static String[] split(String arn) {
        String[] parts = new String[6];
        int from = 0;
        for (int i = 0; i < 5; i++) {
            int colon = arn.indexOf(':', from);
            if (colon < 0) {
                return null;
            }
            parts[i] = arn.substring(from, colon);
            from = colon + 1;
        }
        parts[5] = arn.substring(from);
        return parts;
    }

    /** Splits a pattern at its first five colons; null when it has fewer. Colons are never wildcards. */
    static Glob[] split(Glob pattern) {
        Glob[] parts = new Glob[6];
        String t = pattern.text();
        int from = 0;
        for (int i = 0; i < 5; i++) {
            int colon = t.indexOf(':', from);
            if (colon < 0) {
                return null;
            }
            parts[i] = pattern.slice(from, colon);
            from = colon + 1;
        }
        parts[5] = pattern.slice(from, t.length());
        return parts;
    }

    static boolean matches(Glob[] pattern, String[] arn) {
        if (pattern == null || arn == null) {
            return false;
        }
        for (int i = 5; i >= 0; i--) {
            if (!pattern[i].matches(arn[i])) {
                return false;
            }
        }
        return true;
    }

    /** The index just past the fifth colon (where the resource part starts), or the text length. */
    static int resourcePartStart(String text) {
        int from = 0;
        for (int i = 0; i < 5; i++) {
            int colon = text.indexOf(':', from);
            if (colon < 0) {
                return text.length();
            }
            from = colon + 1;
        }
        return from;
    }
}
