package dev.keyless.policy.eval.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Cuts a byte stream into blocks of whole lines (about 1 MB each; a longer line makes a longer block). */
final class BlockReader {
    private static final int SIZE = 1 << 20;
    private final InputStream in;
    private byte[] carry = new byte[0];
    private boolean eof;

    BlockReader(InputStream in) {
        this.in = in;
    }

    byte[] next() throws IOException {
        if (eof && carry.length == 0) {
            return null;
        }
        byte[] buf = Arrays.copyOf(carry, Math.max(SIZE, carry.length * 2));
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
            if (cut >= 0) {
                carry = Arrays.copyOfRange(buf, cut + 1, filled);
                return Arrays.copyOf(buf, cut + 1);
            }
            if (eof) {
                carry = new byte[0];
                return filled == 0 ? null : Arrays.copyOf(buf, filled);
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
    }
}
