package dev.keyless.policy.catalog;

import java.util.Arrays;

/**
 * A string pattern as a sequence of steps, each "one character of class C" or "any number of
 * characters of class C". Both sides of ARN matching compile to it: a policy's Resource
 * ({@code *}, {@code ?}) and a resource type's ARN format ({@code ${BucketName}}). Two patterns
 * {@linkplain #intersects intersect} when some string matches both: the question "could this
 * Resource name a resource of this type?".
 */
final class CharSequencePattern {

    /** Character classes; values of 0 and above are a literal character. */
    static final int ANY = -1;
    static final int NOT_COLON = -2;
    static final int NOT_SLASH = -3;

    private final int[] classes;
    private final boolean[] many;
    /** Bit i set when step i repeats; used by the bit-set walk (patterns of fewer than 64 steps). */
    private final long manyMask;
    /** For a repeated step i, the states reachable from i by skipping repeated steps (i itself included). */
    private final long[] skips;
    /** Literal characters, ANY once and ANY repeated only: the shape {@link #intersectsByStateSet} walks. */
    private final boolean policyPattern;
    private Admitting admittingAscii;

    private CharSequencePattern(int[] classes, boolean[] many) {
        this.classes = classes;
        this.many = many;
        this.policyPattern = isPolicyPattern(classes, many);
        long mask = 0;
        for (int i = 0; i < Math.min(many.length, Long.SIZE); i++) {
            if (many[i]) {
                mask |= 1L << i;
            }
        }
        this.manyMask = mask;
        int n = Math.min(many.length, Long.SIZE - 1);
        this.skips = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            if (many[i]) {
                long next = 1L << (i + 1);
                skips[i] = (1L << i) | (i + 1 < n && many[i + 1] ? skips[i + 1] : next);
            }
        }
    }

    /** Collects steps. */
    static final class Builder {
        private int[] classes;
        private boolean[] many;
        private int size;

        Builder() {
            this(64);
        }

        /** A builder sized for about {@code steps} steps (a policy string never compiles to more than its length). */
        Builder(int steps) {
            classes = new int[Math.max(steps, 4)];
            many = new boolean[classes.length];
        }

        Builder one(int cls) {
            return add(cls, false);
        }

        Builder many(int cls) {
            return add(cls, true);
        }

        Builder literal(String s) {
            for (int i = 0; i < s.length(); i++) {
                one(s.charAt(i));
            }
            return this;
        }

        private Builder add(int cls, boolean repeat) {
            if (size == classes.length) {
                classes = Arrays.copyOf(classes, size * 2);
                many = Arrays.copyOf(many, size * 2);
            }
            classes[size] = cls;
            many[size] = repeat;
            size++;
            return this;
        }

        CharSequencePattern build() {
            return new CharSequencePattern(size == classes.length ? classes : Arrays.copyOf(classes, size),
                    size == many.length ? many : Arrays.copyOf(many, size));
        }
    }

    /**
     * Whether some string matches both patterns. When {@code b} is a policy pattern (literal
     * characters, {@code ?}, {@code *}) and {@code a} has at most 63 steps, {@code a}'s states are
     * tracked as a bit set while walking {@code b}: no allocation, one pass. Otherwise a walk over
     * the product of the two automata.
     */
    static boolean intersects(CharSequencePattern a, CharSequencePattern b) {
        if (a.classes.length < Long.SIZE && b.policyPattern) {
            return intersectsByStateSet(a, b);
        }
        return intersectsByProduct(a, b);
    }

    /** Literal characters, ANY once ({@code ?}) and ANY repeated ({@code *}) only. */
    private static boolean isPolicyPattern(int[] classes, boolean[] many) {
        for (int j = 0; j < classes.length; j++) {
            if (classes[j] < 0 && classes[j] != ANY) {
                return false;
            }
            if (many[j] && classes[j] != ANY) {
                return false;
            }
        }
        return true;
    }

    static boolean intersectsByStateSet(CharSequencePattern a, CharSequencePattern b) {
        long states = a.closure(1L);
        for (int j = 0; j < b.classes.length && states != 0; j++) {
            if (b.classes[j] >= 0) {
                states = a.step(states, b.classes[j]);
            } else if (!b.many[j]) {
                states = a.stepAny(states);
            } else {
                long before;
                do {
                    before = states;
                    states |= a.stepAny(states);
                } while (states != before);
            }
        }
        return (states & (1L << a.classes.length)) != 0;
    }

    /**
     * Whether the plain text {@code text[from, to)} matches this pattern: the intersection with a
     * pattern of literal characters only, walked without building that pattern.
     */
    boolean matches(String text, int from, int to) {
        if (classes.length >= Long.SIZE) {
            return intersectsByProduct(this, new Builder(to - from).literal(text.substring(from, to)).build());
        }
        long states = closure(1L);
        for (int i = from; i < to && states != 0; i++) {
            states = step(states, text.charAt(i));
        }
        return (states & (1L << classes.length)) != 0;
    }

    /** The states reachable by skipping repeated steps (a repeated step may match nothing). */
    private long closure(long states) {
        long result = states;
        for (long todo = states & manyMask; todo != 0; todo &= todo - 1) {
            result |= skips[Long.numberOfTrailingZeros(todo)];
        }
        return result;
    }

    /**
     * The states after reading character {@code c}: a state whose step admits {@code c} stays
     * (repeated step) or moves on by one (single step), all states at once.
     */
    private long step(long states, int c) {
        long live = states & ~(1L << classes.length) & admitting(c);
        return closure((live & manyMask) | ((live & ~manyMask) << 1));
    }

    /** The states (bits, fewer than 64 steps) whose class admits {@code c}; from a table for ASCII. */
    private long admitting(int c) {
        if (c < Admitting.ASCII) {
            Admitting table = admittingAscii;
            if (table == null) {
                table = new Admitting(this);
                admittingAscii = table;
            }
            return table.masks[c];
        }
        return admittingMask(c);
    }

    private long admittingMask(int c) {
        long mask = 0;
        for (int i = 0; i < Math.min(classes.length, Long.SIZE); i++) {
            if (overlap(classes[i], c)) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /**
     * For each ASCII character, the steps whose class admits it. Built on first use, for the
     * patterns of ARN formats that are matched against many Resource values; the final array
     * field makes a racing publication safe.
     */
    private static final class Admitting {
        static final int ASCII = 128;
        final long[] masks = new long[ASCII];

        Admitting(CharSequencePattern p) {
            for (int c = 0; c < ASCII; c++) {
                masks[c] = p.admittingMask(c);
            }
        }
    }

    /** The states after reading some character: every class admits at least one. */
    private long stepAny(long states) {
        long live = states & ~(1L << classes.length);
        return closure((live & manyMask) | ((live & ~manyMask) << 1));
    }

    /** Whether some string matches both patterns (a walk over the product of the two automata). */
    static boolean intersectsByProduct(CharSequencePattern a, CharSequencePattern b) {
        int n = a.classes.length;
        int m = b.classes.length;
        int width = m + 1;
        boolean[] seen = new boolean[(n + 1) * width];
        int[] stack = new int[(n + 1) * width];
        int top = 0;
        stack[top++] = 0;
        seen[0] = true;
        while (top > 0) {
            int state = stack[--top];
            int i = state / width;
            int j = state % width;
            if (i == n && j == m) {
                return true;
            }
            if (i < n && a.many[i]) {
                top = push(stack, top, seen, (i + 1) * width + j);
            }
            if (j < m && b.many[j]) {
                top = push(stack, top, seen, i * width + j + 1);
            }
            if (i < n && j < m && overlap(a.classes[i], b.classes[j])) {
                int ni = a.many[i] ? i : i + 1;
                int nj = b.many[j] ? j : j + 1;
                top = push(stack, top, seen, ni * width + nj);
            }
        }
        return false;
    }

    private static int push(int[] stack, int top, boolean[] seen, int state) {
        if (!seen[state]) {
            seen[state] = true;
            stack[top++] = state;
        }
        return top;
    }

    /** Whether two classes share a character. */
    private static boolean overlap(int x, int y) {
        if (x >= 0 && y >= 0) {
            return x == y;
        }
        if (x >= 0) {
            return admits(y, x);
        }
        if (y >= 0) {
            return admits(x, y);
        }
        return true;
    }

    private static boolean admits(int cls, int c) {
        return switch (cls) {
            case NOT_COLON -> c != ':';
            case NOT_SLASH -> c != '/';
            default -> true;
        };
    }
}
