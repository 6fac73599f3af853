package dev.keyless.policy.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads strict JSON (no comments, no trailing commas, one root value) into {@link JsonValue}s that
 * carry Access Analyzer-style locations. Jackson's streaming parser supplies token starts; ends are
 * measured from the source text, since no JSON token except containers spans a line.
 */
public final class PositionedJsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    /** The outcome: a value, or the syntax error that stopped reading. */
    public record Result(JsonValue value, JsonSyntaxError error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final String text;
    /** The first backslash at or after the last string token looked at (text length when none): see {@link #stringEnd}. */
    private int nextBackslash;

    private PositionedJsonReader(String text) {
        this.text = text;
        this.nextBackslash = backslashFrom(0);
    }

    public static Result read(String text) {
        return new PositionedJsonReader(text).run();
    }

    private Result run() {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Result(null, new JsonSyntaxError("no JSON value", endOfText()));
            }
            JsonValue root = value(p, JsonPath.ROOT);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                return new Result(null, new JsonSyntaxError("unexpected content after the JSON value",
                        position(p.currentTokenLocation())));
            }
            return new Result(root, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Position pos = at == null ? endOfText() : position(at);
            return new Result(null, new JsonSyntaxError(e.getOriginalMessage(), pos));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail with I/O", e);
        }
    }

    private JsonValue value(JsonParser p, JsonPath path) throws IOException {
        Position start = position(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                List<JsonValue.Member> members = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Position keyStart = position(p.currentTokenLocation());
                    Location keyLoc = new Location(path.key(name), new Span(keyStart, stringEnd(keyStart, name)));
                    p.nextToken();
                    members.add(new JsonValue.Member(name, keyLoc, value(p, path.value(name))));
                }
                return new JsonValue.JsonObject(members, containerLocation(p, path, start));
            }
            case START_ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path.index(i++)));
                }
                return new JsonValue.JsonArray(items, containerLocation(p, path, start));
            }
            case VALUE_STRING: {
                String value = p.getText();
                return new JsonValue.JsonString(value, new Location(path, new Span(start, stringEnd(start, value))));
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.JsonNumber(p.getText(), scalar(path, start));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonValue.JsonBoolean(t == JsonToken.VALUE_TRUE, scalar(path, start));
            case VALUE_NULL:
                return new JsonValue.JsonNull(scalar(path, start));
            default:
                throw new IllegalStateException("unexpected token " + t + " at " + start);
        }
    }

    private Location containerLocation(JsonParser p, JsonPath path, Position start) {
        Position close = position(p.currentTokenLocation());
        Position end = new Position(close.line(), close.column() + 1, close.offset() + 1);
        return new Location(path, new Span(start, end));
    }

    private Location scalar(JsonPath path, Position start) {
        return new Location(path, new Span(start, scanEnd(start)));
    }

    /**
     * The end (exclusive) of the string token starting at {@code start} whose value is {@code value}.
     * Without a backslash in the source the value is the source between the quotes, so the end is
     * known from its length; the first backslash past the opening quote tells, since each escape
     * stands for at least one character of the value. Tokens come in source order, so the search
     * for backslashes moves forward only.
     */
    private Position stringEnd(Position start, String value) {
        int open = start.offset();
        if (nextBackslash <= open) {
            nextBackslash = backslashFrom(open + 1);
        }
        int close = open + 1 + value.length();
        if (nextBackslash >= close && close < text.length() && text.charAt(open) == '"' && text.charAt(close) == '"') {
            return new Position(start.line(), start.column() + (close + 1 - open), close + 1);
        }
        return scanEnd(start);
    }

    private int backslashFrom(int from) {
        int at = text.indexOf('\\', from);
        return at < 0 ? text.length() : at;
    }

    /** The end (exclusive) of the scalar token starting at {@code start}, found in the source. */
    private Position scanEnd(Position start) {
        int i = start.offset();
        if (text.charAt(i) == '"') {
            i++;
            while (text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        } else {
            while (i < text.length() && isLiteralChar(text.charAt(i))) {
                i++;
            }
        }
        return new Position(start.line(), start.column() + (i - start.offset()), i);
    }

    private static boolean isLiteralChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.';
    }

    private static Position position(JsonLocation loc) {
        int line = Math.max(1, loc.getLineNr());
        int column = Math.max(0, loc.getColumnNr() - 1);
        long offset = Math.max(0, loc.getCharOffset());
        return new Position(line, column, (int) offset);
    }

    private Position endOfText() {
        int line = 1;
        int col = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new Position(line, col, text.length());
    }
}
