package dev.keyless.policy.jsonl;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.keyless.io.AwsCliJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One block's answer lines, as UTF-8 bytes written by the one JSON writer ({@link AwsCliJson}, compact).
 * Each answer is written through its own generator ({@link #line()}), so an answer that fails half
 * written is taken back whole ({@link #reset}) and replaced by an error line.
 */
public final class AnswerLines {

    private final Bytes bytes;

    AnswerLines(int capacity) {
        bytes = new Bytes(Math.max(capacity, 64));
    }

    /** Where the next answer starts: {@link #reset} takes everything after it back. */
    public int mark() {
        return bytes.size();
    }

    public void reset(int mark) {
        bytes.truncate(mark);
    }

    /** A compact generator for one answer; closing it writes the answer here (without newline). */
    public JsonGenerator line() throws IOException {
        return AwsCliJson.compact(bytes);
    }

    /** An error answer: {@code {"id":…,"error":"…"}}. */
    public void error(BatchId id, String message) {
        try (JsonGenerator g = line()) {
            g.writeStartObject();
            id.write(g);
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
    }

    void newline() {
        bytes.write('\n');
    }

    void writeTo(OutputStream out) throws IOException {
        bytes.writeTo(out);
    }

    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        void truncate(int mark) {
            count = mark;
        }
    }
}
