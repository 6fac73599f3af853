package dev.keyless.policy.model;

import java.util.List;

/**
 * The path from the document root to a value, as Access Analyzer writes it in {@code locations[].path}.
 *
 * <p>Immutable. The reader makes a path for every value of a document, so a path is built as a link
 * to its parent plus one element, in constant time; the list of elements is assembled when first
 * asked for (findings need it, most values never do). Two paths are equal when their elements are.
 */
public final class JsonPath {

    public static final JsonPath ROOT = new JsonPath(List.of());

    private final JsonPath parent;
    private final PathElement last;
    private final int size;
    // Assembled on first use; List.of's lists have only final fields, so a racing second assembly
    // publishes an equal, fully built list: no lock is needed.
    private List<PathElement> elements;

    public JsonPath(List<PathElement> elements) {
        this.parent = null;
        this.last = null;
        this.elements = List.copyOf(elements);
        this.size = this.elements.size();
    }

    private JsonPath(JsonPath parent, PathElement last) {
        this.parent = parent;
        this.last = last;
        this.size = parent.size + 1;
    }

    public List<PathElement> elements() {
        List<PathElement> e = elements;
        if (e == null) {
            PathElement[] all = new PathElement[size];
            JsonPath p = this;
            while (p.elements == null) {
                all[p.size - 1] = p.last;
                p = p.parent;
            }
            List<PathElement> known = p.elements;
            for (int i = 0; i < known.size(); i++) {
                all[i] = known.get(i);
            }
            e = List.of(all);
            elements = e;
        }
        return e;
    }

    public JsonPath index(int i) {
        return new JsonPath(this, new PathElement.Index(i));
    }

    /** Steps into the value of member {@code name}. */
    public JsonPath value(String name) {
        return new JsonPath(this, new PathElement.Value(name));
    }

    /** Points at the member name {@code name} itself. */
    public JsonPath key(String name) {
        return new JsonPath(this, new PathElement.Key(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && other.size == size && other.elements().equals(elements());
    }

    @Override
    public int hashCode() {
        return elements().hashCode();
    }

    /** A compact form for messages and expectation files, e.g. {@code Statement[0].Action[1]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (PathElement e : elements()) {
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
