package dev.keyless.progress;

import java.io.PrintStream;

/** Reports how far a long run is. {@link #NONE} reports nothing. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String what) {
        }

        @Override
        public void finish() {
        }
    };

    /** {@code done} of {@code total} (0 when unknown), and what is being done now. */
    void update(long done, long total, String what);

    /** Clears the progress line; the run's own output follows. */
    void finish();

    /** A line on stderr for {@code label} when stderr is a terminal, else {@link #NONE}. */
    static Progress onTerminal(String label) {
        return onTerminal(label, System.err, Boolean.getBoolean("keyless.stderr-tty") && !"dumb".equals(System.getenv("TERM")));
    }

    static Progress onTerminal(String label, PrintStream err, boolean terminal) {
        return terminal ? new TerminalProgress(label, err, System::nanoTime) : NONE;
    }
}
