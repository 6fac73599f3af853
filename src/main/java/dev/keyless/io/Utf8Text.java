package dev.keyless.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text as keyless accepts it: UTF-8 without a byte order mark (RFC 8259 §8.1: "Implementations MUST
 * NOT add a byte order mark"), and without NUL bytes, which no JSON or YAML text holds raw and which
 * would let a JSON parser guess UTF-16 or UTF-32 from the first bytes. Every refusal names the byte
 * offset, so the user can find it with any hex viewer.
 */
public final class Utf8Text {

    private Utf8Text() {}

    /** The text of {@code bytes[0, length)}, or an {@link InputException} saying "{@code source} ... at byte offset N". */
    public static String decode(byte[] bytes, int length, String source) {
        problem(bytes, 0, length).ifPresent(p -> {
            throw new InputException(source + " " + p);
        });
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            // problem() found none: the decoder and the scan disagree, which would be a defect here
            throw new InputException(source + " is not UTF-8 text at byte offset " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Why {@code bytes[from, to)} is not acceptable text, or empty when it is: "starts with a byte
     * order mark ...", "is not UTF-8: byte 0xFF at byte offset 3 ...", "holds a NUL byte at byte offset 9".
     * Offsets count from {@code from}. Linear, with a fast path for ASCII.
     */
    public static Optional<String> problem(byte[] bytes, int from, int to) {
        if (to - from >= 2) {
            int b0 = bytes[from] & 0xFF;
            int b1 = bytes[from + 1] & 0xFF;
            if (b0 == 0xEF && b1 == 0xBB && to - from >= 3 && (bytes[from + 2] & 0xFF) == 0xBF) {
                return Optional.of("starts with a UTF-8 byte order mark (EF BB BF); save it as UTF-8 without BOM");
            }
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
                return Optional.of("starts with a UTF-16 byte order mark (" + hex(b0) + " " + hex(b1)
                        + "); save it as UTF-8 without BOM");
            }
        }
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) {
                return Optional.of("holds a NUL byte at byte offset " + (i - from) + "; it is not JSON or YAML text");
            }
            int n = sequenceLength(bytes, i, to);
            if (n < 0) {
                return Optional.of("is not UTF-8 text: byte " + hex(bytes[i] & 0xFF) + " at byte offset " + (i - from)
                        + " does not start a valid UTF-8 sequence; save it as UTF-8");
            }
            i += n;
        }
        return Optional.empty();
    }

    /**
     * The length of the well-formed UTF-8 sequence starting at {@code i} (a lead byte, not ASCII), or
     * -1: Table 3-7 of the Unicode Standard, so no overlong forms, no surrogates, nothing past U+10FFFF.
     */
    private static int sequenceLength(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            lo = lead == 0xE0 ? 0xA0 : 0x80;
            hi = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            lo = lead == 0xF0 ? 0x90 : 0x80;
            hi = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + n > to) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < lo || second > hi) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            int c = b[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return -1;
            }
        }
        return n;
    }

    private static String hex(int b) {
        return String.format("0x%02X", b);
    }
}
