package dev.keyless.policy.eval.wire;

/**
 * A small JSON writer with the AWS CLI's layout when pretty (four-space indent, {@code "key": value},
 * {@code []} for an empty array) and no whitespace when compact. Written by hand because the shapes are
 * few and fixed, and the batch path writes a hundred thousand results.
 */
public final class JsonWriter {

    private final StringBuilder out;
    private final boolean pretty;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    public JsonWriter(StringBuilder out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    public JsonWriter beginObject() {
        element();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        element();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String name) {
        element();
        string(name);
        out.append(pretty ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        element();
        string(s);
        return this;
    }

    public JsonWriter value(long n) {
        element();
        out.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        element();
        out.append(b);
        return this;
    }

    /** Writes already-serialised JSON (an id echoed from the input) as one value. */
    public JsonWriter raw(String json) {
        element();
        out.append(json);
        return this;
    }

    private JsonWriter close(char c) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(c);
        first = false;
        return this;
    }

    private void element() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first) {
            out.append(',');
        }
        if (depth > 0) {
            newline();
        }
        first = false;
    }

    private void newline() {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("    ");
            }
        }
    }

    private void string(String s) {
        out.append('"');
        int n = s.length();
        int clean = 0;
        while (clean < n) {
            char c = s.charAt(clean);
            if (c < 0x20 || c == '"' || c == '\\') {
                break;
            }
            clean++;
        }
        if (clean == n) {
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, clean);
        for (int i = clean; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
