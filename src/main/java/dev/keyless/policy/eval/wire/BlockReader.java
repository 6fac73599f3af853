package dev.keyless.policy.eval.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into blocks of whole lines (about 1 MB each). A line longer than the limit is
 * never held: its bytes are skipped up to its newline, and the block gets an empty line in its place,
 * named by {@link Block#oversizedLine()} with its length, so the batch answers it with an error and
 * memory stays bounded whatever the input (a stream of zeros without a newline included).
 */
final class BlockReader {

    /**
     * Whole lines; {@code oversizedLine} is the index (within the block) of the empty line that
     * stands for an oversized one, or -1, and {@code oversizedLength} that line's length in bytes.
     */
    record Block(byte[] bytes, long oversizedLine, long oversizedLength) {
        static Block of(byte[] bytes) {
            return new Block(bytes, -1, 0);
        }
    }

    private static final int SIZE = 1 << 20;

    private final InputStream in;
    private final int maxLine;
    private byte[] carry = new byte[0];
    private boolean eof;

    BlockReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    Block next() throws IOException {
        if (eof && carry.length == 0) {
            return null;
        }
        byte[] buf = Arrays.copyOf(carry, Math.max(SIZE, carry.length + SIZE / 2));
        int filled = carry.length;
        while (true) {
            while (!eof && filled < buf.length) {
                int n = in.read(buf, filled, buf.length - filled);
                if (n < 0) {
                    eof = true;
                } else {
                    filled += n;
                }
            }
            int cut = filled - 1;
            while (cut >= 0 && buf[cut] != '\n') {
                cut--;
            }
            int tail = filled - cut - 1;
            if (tail > maxLine) {
                // The last line is already too long: keep the whole lines, skip the rest of this one.
                long length = tail + skipLine();
                return oversized(buf, cut + 1, length);
            }
            if (cut >= 0) {
                carry = Arrays.copyOfRange(buf, cut + 1, filled);
                return Block.of(Arrays.copyOf(buf, cut + 1));
            }
            if (eof) {
                carry = new byte[0];
                return filled == 0 ? null : Block.of(Arrays.copyOf(buf, filled));
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
    }

    /** The whole lines in {@code buf[0, wholeEnd)}, then one empty line standing for the oversized one. */
    private Block oversized(byte[] buf, int wholeEnd, long length) {
        int lines = 0;
        for (int i = 0; i < wholeEnd; i++) {
            if (buf[i] == '\n') {
                lines++;
            }
        }
        byte[] out = Arrays.copyOf(buf, wholeEnd + 1);
        out[wholeEnd] = '\n';
        return new Block(out, lines, length);
    }

    /** Reads and drops bytes up to and including the next newline; what follows it is kept as carry. */
    private long skipLine() throws IOException {
        byte[] chunk = new byte[1 << 16];
        long skipped = 0;
        while (true) {
            int n = in.read(chunk);
            if (n < 0) {
                eof = true;
                carry = new byte[0];
                return skipped;
            }
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    carry = Arrays.copyOfRange(chunk, i + 1, n);
                    return skipped + i;
                }
            }
            skipped += n;
        }
    }
}
