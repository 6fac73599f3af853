package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
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
    private static final int MAX_CANONICAL = 4096;

    private final StringTable table = new StringTable(SLOTS);
    private final Map<String, String> canonical;
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
                if (end + 1 >= limit) {
                    // "abc\ at the end of the input: unterminated, and Jackson's to report.
                    end = limit;
                    break;
                }
                h = 31 * h + buf[end++];
            }
            h = 31 * h + buf[end++];
        }
        if (end >= limit) {
            return p.getText();
        }
        int from = open + 1;
        String known = table.find(buf, from, end, h);
        if (known != null) {
            return known;
        }
        String text = canonical(p.getText());
        table.put(buf, from, end, h, text);
        return text;
    }

    /** The one String of the batch with these characters: see the class comment. */
    String canonical(String text) {
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
