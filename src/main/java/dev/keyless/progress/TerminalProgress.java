package dev.keyless.progress;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * One line on the terminal, rewritten at most ten times a second: "label [done/total] what (12.3 s)".
 * Long text is cut to fit an 80-column terminal, since Java cannot ask the terminal's width.
 */
final class TerminalProgress implements Progress {

    private static final long EVERY_NANOS = 100_000_000L;
    private static final int WIDTH = 79;

    private final String label;
    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private long last = Long.MIN_VALUE;
    private boolean shown;

    TerminalProgress(String label, PrintStream err, LongSupplier clock) {
        this.label = label;
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void update(long done, long total, String what) {
        long now = clock.getAsLong();
        if (shown && now - last < EVERY_NANOS && done != total) {
            return;
        }
        last = now;
        String count = total > 0 ? "[" + done + "/" + total + "] " : "[" + done + "] ";
        String line = label + " " + count + what + String.format(" (%.1f s)", (now - start) / 1e9);
        if (line.length() > WIDTH) {
            line = line.substring(0, WIDTH - 1) + "…";
        }
        err.print("\r\033[K" + line);
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void finish() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
