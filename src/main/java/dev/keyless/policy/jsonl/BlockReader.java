package dev.keyless.policy.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into blocks of whole lines (about 1 MB each). Reads are bounded: a line longer
 * than {@code maxLine} bytes is skipped up to its newline without being held, and comes back as a
 * {@linkplain Block#tooLong() too-long} block of its own, so that it can be answered with an error
 * line; more than {@code maxTotal} bytes in all stop the reading with {@link TooLargeException}.
 */
final class BlockReader {

    /** Whole lines ({@code bytes}), or one line that was too long and was skipped (then {@code bytes} is empty). */
    record Block(byte[] bytes, boolean tooLong) {}

    /** The input is larger than the batch accepts. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("the input is larger than " + max + " bytes");
        }
    }

    private static final int SIZE = 1 << 20;
    private static final byte[] NONE = new byte[0];
    private final InputStream in;
    private final int maxLine;
    private final long maxTotal;
    private long total;
    private byte[] carry = NONE;
    private boolean eof;

    BlockReader(InputStream in, int maxLine, long maxTotal) {
        this.in = in;
        this.maxLine = maxLine;
        this.maxTotal = maxTotal;
    }

    Block next() throws IOException {
        if (eof && carry.length == 0) {
            return null;
        }
        byte[] buf = Arrays.copyOf(carry, Math.max(SIZE, carry.length * 2));
        int filled = carry.length;
        while (true) {
            filled = fill(buf, filled);
            int cut = filled - 1;
            while (cut >= 0 && buf[cut] != '\n') {
                cut--;
            }
            if (cut >= 0) {
                carry = Arrays.copyOfRange(buf, cut + 1, filled);
                return new Block(Arrays.copyOf(buf, cut + 1), false);
            }
            if (filled > maxLine) {
                skipLine();
                return new Block(NONE, true);
            }
            if (eof) {
                carry = NONE;
                return filled == 0 ? null : new Block(Arrays.copyOf(buf, filled), false);
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
    }

    private int fill(byte[] buf, int filled) throws IOException {
        while (!eof && filled < buf.length) {
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
                total += n;
                if (total > maxTotal) {
                    throw new TooLargeException(maxTotal);
                }
            }
        }
        return filled;
    }

    /** Drops the rest of a too-long line; what follows its newline is kept for the next block. */
    private void skipLine() throws IOException {
        byte[] buf = new byte[SIZE];
        while (true) {
            int filled = fill(buf, 0);
            for (int i = 0; i < filled; i++) {
                if (buf[i] == '\n') {
                    carry = Arrays.copyOfRange(buf, i + 1, filled);
                    return;
                }
            }
            if (eof) {
                carry = NONE;
                return;
            }
        }
    }
}
