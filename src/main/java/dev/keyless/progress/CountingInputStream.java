package dev.keyless.progress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports the bytes read of a file of known size, for runs that stream a large input (batch simulation). */
public final class CountingInputStream extends FilterInputStream {

    private final long size;
    private final Progress progress;
    private long read;

    public CountingInputStream(InputStream in, long size, Progress progress) {
        super(in);
        this.size = size;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) {
        read += n;
        long percent = size > 0 ? Math.min(100, read * 100 / size) : 0;
        progress.update(read >> 20, size >> 20, "MB read" + (size > 0 ? ", " + percent + " %" : ""));
    }
}
