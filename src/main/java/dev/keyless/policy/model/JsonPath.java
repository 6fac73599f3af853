package dev.keyless.policy.model;

import java.util.List;

/** The path from the document root to a value, as Access Analyzer writes it in {@code locations[].path}. */
public record JsonPath(List<PathElement> elements) {

    public static final JsonPath ROOT = new JsonPath(List.of());

    public JsonPath {
        elements = List.copyOf(elements);
    }

    public JsonPath index(int i) {
        return with(new PathElement.Index(i));
    }

    /** Steps into the value of member {@code name}. */
    public JsonPath value(String name) {
        return with(new PathElement.Value(name));
    }

    /** Points at the member name {@code name} itself. */
    public JsonPath key(String name) {
        return with(new PathElement.Key(name));
    }

    private JsonPath with(PathElement e) {
        // One copy into an immutable list; the constructor's List.copyOf then keeps it as it is.
        // The reader makes a path for every value, so this is on the hot path of validation.
        PathElement[] next = elements.toArray(new PathElement[elements.size() + 1]);
        next[next.length - 1] = e;
        return new JsonPath(List.of(next));
    }

    /** A compact form for messages and expectation files, e.g. {@code Statement[0].Action[1]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (PathElement e : elements) {
            if (e instanceof PathElement.Index i) {
                sb.append('[').append(i.index()).append(']');
            } else if (e instanceof PathElement.Value v) {
                sb.append(sb.length() == 0 ? "" : ".").append(v.value());
            } else if (e instanceof PathElement.Key k) {
                sb.append(sb.length() == 0 ? "" : ".").append("key(").append(k.key()).append(')');
            } else if (e instanceof PathElement.Substring s) {
                sb.append('{').append(s.start()).append(',').append(s.length()).append('}');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }
}
