package dev.keyless.policy.eval;

import java.util.Locale;

/**
 * Lower-case forms of the names every request of a batch repeats (context key names, action names).
 * The batch reader hands out one String per distinct name, so a small table checked by identity
 * lowers each of them once instead of once per request; any other String is simply lowered. The
 * table is shared by threads without a lock: an entry is an immutable record, so a racing reader
 * sees a whole entry or another one, and at worst lowers a name again.
 */
final class LowerCase {

    private record Entry(String text, String lower) {}

    private static final int SLOTS = 512;
    private static final Entry[] ROOT = new Entry[SLOTS];
    private static final Entry[] GLOB = new Entry[SLOTS];

    private LowerCase() {}

    /** {@code s.toLowerCase(Locale.ROOT)}. */
    static String root(String s) {
        int slot = s.hashCode() & (SLOTS - 1);
        Entry e = ROOT[slot];
        if (e != null && e.text == s) {
            return e.lower;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        ROOT[slot] = new Entry(s, lower);
        return lower;
    }

    /** {@link Glob#lower(String)}. */
    static String glob(String s) {
        int slot = s.hashCode() & (SLOTS - 1);
        Entry e = GLOB[slot];
        if (e != null && e.text == s) {
            return e.lower;
        }
        String lower = Glob.lower(s);
        GLOB[slot] = new Entry(s, lower);
        return lower;
    }
}
