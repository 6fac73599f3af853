package dev.keyless.policy.jsonl;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch machinery: answers in input order on several threads, reads bounded. */
class JsonLinesBatchTest {

    /** Echoes each line's text in brackets; "bad" lines are error lines. */
    private static final ThreadLocal<JsonLinesBatch.LineAnswerer> ECHO = ThreadLocal.withInitial(() ->
            (buf, start, length, lineNo, out) -> {
                String text = new String(buf, start, length, StandardCharsets.UTF_8);
                try (var g = out.line()) {
                    g.writeString(text.startsWith("bad") ? "error at line " + lineNo.getAsLong() : "[" + text + "]");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return text.startsWith("bad") ? -1 : 1;
            });

    private static String run(String input, JsonLinesBatch.Limits limits, JsonLinesBatch.Summary[] summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary[0] = new JsonLinesBatch(limits).run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, 2, ECHO);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answers_come_back_in_input_order_across_blocks_and_threads() throws IOException {
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String line = i % 997 == 0 ? "bad " + i : "line " + i + " " + "x".repeat(i % 300);
            in.append(line).append(i % 2 == 0 ? "\n" : "\r\n");
            expected.append('"').append(line.startsWith("bad") ? "error at line " + (i + 1) : "[" + line + "]").append("\"\n");
        }
        JsonLinesBatch.Summary[] s = new JsonLinesBatch.Summary[1];
        assertThat(run(in.toString(), new JsonLinesBatch.Limits(1 << 20, 1L << 30), s)).isEqualTo(expected.toString());
        assertThat(s[0]).isEqualTo(new JsonLinesBatch.Summary(20_000, 21, 20_000 - 21));
    }

    @Test
    void a_line_longer_than_the_limit_is_answered_with_an_error_and_the_next_lines_still_are() throws IOException {
        String input = "first\n" + "y".repeat(5000) + "\nthird\n" + "z".repeat(3000);
        JsonLinesBatch.Summary[] s = new JsonLinesBatch.Summary[1];
        String out = run(input, new JsonLinesBatch.Limits(1000, 1L << 30), s);
        assertThat(out.split("\n")).containsExactly("\"[first]\"",
                "{\"id\":null,\"error\":\"InvalidInput: line 2 is more than the 1000-byte limit of a line; it was not read\"}",
                "\"[third]\"",
                "{\"id\":null,\"error\":\"InvalidInput: line 4 is more than the 1000-byte limit of a line; it was not read\"}");
        assertThat(s[0].errors()).isEqualTo(2);
    }

    @Test
    void an_input_larger_than_the_limit_stops_with_an_error() {
        String input = "line\n".repeat(1000);
        assertThatThrownBy(() -> run(input, new JsonLinesBatch.Limits(100, 1000), new JsonLinesBatch.Summary[1]))
                .isInstanceOf(IOException.class).hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void blank_lines_get_no_answer() throws IOException {
        JsonLinesBatch.Summary[] s = new JsonLinesBatch.Summary[1];
        assertThat(run("\n  \n\r\none\n\t\n", new JsonLinesBatch.Limits(100, 1000), s)).isEqualTo("\"[one]\"\n");
        assertThat(s[0].requests()).isEqualTo(1);
    }

    @Test
    void a_line_that_is_not_utf8_text_is_answered_with_the_problem_and_never_read_as_utf16() throws IOException {
        byte[] utf16 = "{\"id\":1}".getBytes(StandardCharsets.UTF_16LE);
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        in.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        in.write(utf16);
        in.write('\n');
        in.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k', '\n'});
        in.write(new byte[] {0, '{', 0, '}', '\n'});
        in.write("fine\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesBatch.Summary s = new JsonLinesBatch(new JsonLinesBatch.Limits(1000, 1 << 20))
                .run(new ByteArrayInputStream(in.toByteArray()), out, 2, ECHO);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "{\"id\":null,\"error\":\"InvalidInput: line 1 starts with a UTF-16 byte order mark (0xFF 0xFE); save it as UTF-8 without BOM\"}",
                "{\"id\":null,\"error\":\"InvalidInput: line 2 starts with a UTF-8 byte order mark (EF BB BF); save it as UTF-8 without BOM\"}",
                "{\"id\":null,\"error\":\"InvalidInput: line 3 holds a NUL byte at byte offset 0; it is not JSON or YAML text\"}",
                "\"[fine]\"");
        assertThat(s.errors()).isEqualTo(3);
    }
}
