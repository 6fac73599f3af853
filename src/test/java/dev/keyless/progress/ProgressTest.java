package dev.keyless.progress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void nothing_is_drawn_when_stderr_is_not_a_terminal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = Progress.onTerminal("rule book", new PrintStream(err, true, StandardCharsets.UTF_8), false);
        p.update(1, 51, "Sessions last at most one hour");
        p.finish();
        assertThat(p).isSameAs(Progress.NONE);
        assertThat(err.size()).isZero();
    }

    @Test
    void a_terminal_gets_one_line_rewritten_in_place_at_most_ten_times_a_second_and_cleared_at_the_end() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        TerminalProgress p = new TerminalProgress("rule book", new PrintStream(err, true, StandardCharsets.UTF_8), now::get);
        p.update(1, 3, "first");
        now.addAndGet(10_000_000L);
        p.update(2, 3, "too soon, skipped");
        now.addAndGet(200_000_000L);
        p.update(3, 3, "last");
        p.finish();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r\033[Krule book [1/3] first (0.0 s)\r\033[Krule book [3/3] last (0.2 s)\r\033[K");
    }

    @Test
    void a_streamed_input_reports_megabytes_read_of_its_size() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        TerminalProgress p = new TerminalProgress("batch", new PrintStream(err, true, StandardCharsets.UTF_8), now::get);
        byte[] data = new byte[3 << 20];
        try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(data), data.length, p)) {
            byte[] buf = new byte[1 << 20];
            while (in.read(buf, 0, buf.length) > 0) {
                now.addAndGet(200_000_000L);
            }
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("batch [1/3] MB read, 33 %").contains("batch [3/3] MB read, 100 %");
    }
}
