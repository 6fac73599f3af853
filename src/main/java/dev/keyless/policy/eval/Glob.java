package dev.keyless.policy.eval;

import dev.keyless.policy.catalog.Wildcard;

/**
 * A pattern where {@code *} matches any run of characters and {@code ?} any one character, as IAM
 * matches actions, resources and the Like operators. Which characters are wildcards is recorded per
 * position, so that text substituted from a policy variable or written as {@code ${*}} stays literal.
 * The general case runs the one matching loop, {@link Wildcard#matches(String, boolean[], String, boolean)}.
 */
final class Glob {

    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int GENERAL = 2;

    private final String text;
    private final boolean[] wild;
    private final boolean ignoreCase;
    private final int shape;

    Glob(String text, boolean[] wild, boolean ignoreCase) {
        this.text = ignoreCase ? lower(text) : text;
        this.wild = wild;
        this.ignoreCase = ignoreCase;
        this.shape = shapeOf(this.text, wild);
    }

    /** Every {@code *} and {@code ?} is a wildcard. */
    static Glob pattern(String text, boolean ignoreCase) {
        boolean[] w = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?') {
                if (w == null) {
                    w = new boolean[text.length()];
                }
                w[i] = true;
            }
        }
        return new Glob(text, w, ignoreCase);
    }

    static Glob literal(String text, boolean ignoreCase) {
        return new Glob(text, null, ignoreCase);
    }

    String text() {
        return text;
    }

    boolean isWild(int i) {
        return wild != null && wild[i];
    }

    boolean hasWildcards() {
        return wild != null;
    }

    /** The part of this pattern from {@code start} to {@code end}, keeping which positions are wild. */
    Glob slice(int start, int end) {
        boolean[] w = null;
        if (wild != null) {
            w = new boolean[end - start];
            boolean any = false;
            for (int i = start; i < end; i++) {
                w[i - start] = wild[i];
                any |= wild[i];
            }
            if (!any) {
                w = null;
            }
        }
        return new Glob(text.substring(start, end), w, ignoreCase);
    }

    /** Matches {@code input}; with ignoreCase the caller may pass input already lower-cased. */
    boolean matches(String input) {
        switch (shape) {
            case EXACT:
                return ignoreCase ? text.equalsIgnoreCase(input) : text.equals(input);
            case PREFIX:
                int n = text.length() - 1;
                return input.length() >= n && input.regionMatches(ignoreCase, 0, text, 0, n);
            default:
                return general(input);
        }
    }

    /** The catalog's one matching loop, with this pattern's wild positions. */
    private boolean general(String s) {
        return Wildcard.matches(text, wild, s, ignoreCase);
    }

    private static int shapeOf(String text, boolean[] wild) {
        if (wild == null) {
            return EXACT;
        }
        int last = text.length() - 1;
        for (int i = 0; i < last; i++) {
            if (wild[i]) {
                return GENERAL;
            }
        }
        return text.charAt(last) == '*' ? PREFIX : GENERAL;
    }

    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return s.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return s;
    }
}
