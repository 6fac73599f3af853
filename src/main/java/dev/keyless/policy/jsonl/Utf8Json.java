package dev.keyless.policy.jsonl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact JSON written straight into UTF-8 bytes, for the batch answers: a hundred thousand answer
 * lines go out without a StringBuilder, a String and an encoding pass each. The bytes are exactly
 * those of {@link dev.keyless.policy.eval.wire.JsonWriter} (compact) followed by {@code String.getBytes(UTF_8)}: the same escapes
 * (backslash escapes for quote, backslash, newline, return and tab, a four-digit hex escape
 * for other control characters) and the same encoding, an unpaired surrogate included (it becomes {@code ?}). Member
 * names and punctuation come as ready-made byte constants ({@link #ascii}).
 */
public final class Utf8Json {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** A String and its JSON bytes; immutable, so the shared table below needs no lock. */
    private record Encoded(String text, byte[] json) {}

    private static final int KNOWN_SLOTS = 256;
    private static final Encoded[] KNOWN = new Encoded[KNOWN_SLOTS];

    private byte[] buf;
    private int size;

    public Utf8Json(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
    }

    /** Bytes for text that is plain ASCII with nothing to escape: names and punctuation. */
    public static byte[] ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                throw new IllegalArgumentException("not ASCII: " + text);
            }
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public int size() {
        return size;
    }

    /** Drops what was written after {@code mark} (an answer replaced by an error line). */
    public void truncate(int mark) {
        size = mark;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    public Utf8Json raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    public Utf8Json raw(char c) {
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    /** JSON text already serialised (an id echoed from the input), encoded as UTF-8. */
    public Utf8Json rawText(String json) {
        ensure(json.length() * 3);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                buf[size++] = (byte) c;
            } else {
                i = encode(json, i, c);
            }
        }
        return this;
    }

    public Utf8Json number(long n) {
        return rawText(Long.toString(n));
    }

    public Utf8Json bool(boolean b) {
        return rawText(b ? "true" : "false");
    }

    /**
     * As {@link #string}, for a String that recurs in answer after answer (an action name, a policy
     * id, a decision): its bytes are remembered by identity, in a small table shared by threads.
     */
    public Utf8Json repeated(String s) {
        int slot = s.hashCode() & (KNOWN_SLOTS - 1);
        Encoded e = KNOWN[slot];
        if (e != null && e.text == s) {
            return raw(e.json);
        }
        int mark = size;
        string(s);
        KNOWN[slot] = new Encoded(s, Arrays.copyOfRange(buf, mark, size));
        return this;
    }

    /** A JSON string: quotes, escapes as {@link dev.keyless.policy.eval.wire.JsonWriter} writes them, UTF-8. */
    public Utf8Json string(String s) {
        int n = s.length();
        // At most 6 bytes per character (a hex escape of a control character), plus the quotes.
        ensure(n * 6 + 2);
        byte[] b = buf;
        int at = size;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                b[at++] = (byte) c;
            } else if (c >= 0x80) {
                size = at;
                i = encode(s, i, c);
                at = size;
            } else {
                at = escape(b, at, c);
            }
        }
        b[at++] = '"';
        size = at;
        return this;
    }

    private static int escape(byte[] b, int at, char c) {
        b[at++] = '\\';
        switch (c) {
            case '"': b[at++] = '"'; break;
            case '\\': b[at++] = '\\'; break;
            case '\n': b[at++] = 'n'; break;
            case '\r': b[at++] = 'r'; break;
            case '\t': b[at++] = 't'; break;
            default:
                b[at++] = 'u';
                b[at++] = '0';
                b[at++] = '0';
                b[at++] = HEX[c >> 4];
                b[at++] = HEX[c & 0xF];
        }
        return at;
    }

    /**
     * Encodes the non-ASCII character at {@code i} (and its low surrogate) as
     * {@code String.getBytes(UTF_8)} does; returns the index of the last character used.
     */
    private int encode(String s, int i, char c) {
        byte[] b = buf;
        if (c < 0x800) {
            b[size++] = (byte) (0xC0 | (c >> 6));
            b[size++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            b[size++] = (byte) (0xF0 | (cp >> 18));
            b[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[size++] = (byte) (0x80 | (cp & 0x3F));
            return i + 1;
        }
        if (Character.isSurrogate(c)) {
            b[size++] = '?';
            return i;
        }
        b[size++] = (byte) (0xE0 | (c >> 12));
        b[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[size++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
