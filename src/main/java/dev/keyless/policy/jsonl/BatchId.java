package dev.keyless.policy.jsonl;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * A batch line's {@code "id"}, echoed in its answer as JSON: a string (written with escapes) or
 * another scalar's literal text. Only scalars are accepted.
 */
public record BatchId(String text, boolean string) {

    public static final BatchId NULL = new BatchId("null", false);

    /** Writes the {@code "id"} member: a string with escapes, or the scalar's literal text. */
    public void write(JsonGenerator g) throws IOException {
        g.writeFieldName("id");
        if (string) {
            g.writeString(text);
        } else {
            g.writeRawValue(text);
        }
    }

    /** The id at the parser's current token {@code t}; empty (the value skipped) when it is not a scalar. */
    public static java.util.Optional<BatchId> read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return java.util.Optional.of(new BatchId(p.getText(), true));
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: case VALUE_TRUE: case VALUE_FALSE: case VALUE_NULL:
                return java.util.Optional.of(new BatchId(p.getText(), false));
            default:
                p.skipChildren();
                return java.util.Optional.empty();
        }
    }
}
