package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads policy documents out of a batch line without decoding them again and again. A batch carries
 * the same few policy texts in thousands of requests; keyed by the raw bytes of the JSON string (as
 * written, escapes and all), a repeated policy is found by hashing and comparing bytes, and the parser
 * skips the string instead of decoding it into a new String. The returned String is the same instance
 * each time, so the compiled-policy cache finds it at once. One instance per thread; bounded. The
 * threads of one batch share their Strings through {@code canonical}: the compiled-policy cache is
 * shared too, and a String it already holds is found by identity instead of a character comparison.
 */
final class RawStringCache {

    private static final int SLOTS = 1024;
    private static final int MAX_ENTRIES = SLOTS / 2;
    private static final int MAX_CANONICAL = 4096;

    private final byte[][] keys = new byte[SLOTS][];
    private final int[] hashes = new int[SLOTS];
    private final String[] values = new String[SLOTS];
    private final Map<String, String> canonical;
    private int size;
    private byte[] buf;
    private int base;
    private int limit;

    RawStringCache() {
        this(new ConcurrentHashMap<>());
    }

    /** A cache for one thread; {@code canonical} is shared by the threads of one batch. */
    RawStringCache(Map<String, String> canonical) {
        this.canonical = canonical;
    }

    /** The line the parser reads: its bytes are {@code buf[start, start + length)}. */
    void line(byte[] buf, int start, int length) {
        this.buf = buf;
        this.base = start;
        this.limit = start + length;
    }

    /** The text of the string token the parser stands on. */
    String text(JsonParser p) throws IOException {
        long offset = p.currentTokenLocation().getByteOffset();
        int open = (int) (base + offset);
        if (buf == null || offset < 0 || open >= limit || buf[open] != '"') {
            return p.getText();
        }
        int end = open + 1;
        int h = 1;
        while (end < limit && buf[end] != '"') {
            if (buf[end] == '\\') {
                h = 31 * h + buf[end++];
            }
            h = 31 * h + buf[end++];
        }
        if (end >= limit) {
            return p.getText();
        }
        int from = open + 1;
        int len = end - from;
        int slot = h & (SLOTS - 1);
        while (keys[slot] != null) {
            byte[] k = keys[slot];
            if (hashes[slot] == h && k.length == len && Arrays.equals(k, 0, len, buf, from, end)) {
                return values[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String text = canonical(p.getText());
        if (size >= MAX_ENTRIES) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
            slot = h & (SLOTS - 1);
        }
        keys[slot] = Arrays.copyOfRange(buf, from, end);
        hashes[slot] = h;
        values[slot] = text;
        size++;
        return text;
    }

    private String canonical(String text) {
        String known = canonical.get(text);
        if (known != null) {
            return known;
        }
        if (canonical.size() >= MAX_CANONICAL) {
            canonical.clear();
        }
        known = canonical.putIfAbsent(text, text);
        return known != null ? known : text;
    }
}
