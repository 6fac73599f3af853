package dev.keyless.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Visits every leaf of a resource's inputs and outputs (or of one value) with its path
 * ({@code input metadata.ssh-keys}, {@code output networkInterfaces[0].accessConfigs[0].natIp}) and
 * the name of the map entry that holds it. Readable secrets are visited as their plaintext; what cannot
 * be read (an encrypted secret, a value nested absurdly deep) is handed over as {@link Unreadable}, so
 * a rule can fail closed on it. Rules that must see every place a value could hide walk with this,
 * rather than reading the properties they expect.
 */
public final class PropertyWalk {

    /** A leaf no rule can look into, and why. */
    public record Unreadable(String why) {}

    /** One leaf: a String, Number, Boolean or null, or {@link Unreadable}. */
    @FunctionalInterface
    public interface Visitor {
        void leaf(String path, String name, Object value);
    }

    /** Deeper values than this are not walked: no stack export nests so far, and recursion stays bounded. */
    static final int MAX_DEPTH = 64;

    private PropertyWalk() {}

    /** Inputs first, then outputs, each path starting with {@code input } or {@code output }. */
    public static void resource(StackResource r, Visitor visitor) {
        r.inputs().forEach((k, v) -> value("input " + k, k, v, visitor, 0));
        r.outputs().forEach((k, v) -> value("output " + k, k, v, visitor, 0));
    }

    public static void value(String path, String name, Object value, Visitor visitor) {
        value(path, name, value, visitor, 0);
    }

    /**
     * {@code {"name": "DB_PASSWORD", "value": "..."}} (environment variables of Cloud Run, GKE, Cloud
     * Functions) and {@code {"key": "startup-script", "value": "..."}} (google-native metadata items):
     * the value's name is the sibling's text, not "value".
     */
    private static Optional<String> pairName(Map<?, ?> m) {
        if (!m.containsKey("value")) {
            return Optional.empty();
        }
        for (String k : new String[] {"name", "key"}) {
            if (SecretValue.reveal(m.get(k)) instanceof String s && !s.isBlank()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static void value(String path, String name, Object value, Visitor visitor, int depth) {
        if (depth > MAX_DEPTH) {
            visitor.leaf(path, name, new Unreadable("it is nested deeper than " + MAX_DEPTH + " levels"));
            return;
        }
        if (value instanceof SecretValue s) {
            if (s.readable()) {
                value(path, name, s.plaintext().get(), visitor, depth + 1);
            } else {
                visitor.leaf(path, name, new Unreadable("it is an encrypted secret keyless cannot inspect; export the"
                        + " stack with 'pulumi stack export --show-secrets' to check it"));
            }
        } else if (value instanceof Map<?, ?> m) {
            Optional<String> pairName = pairName(m);
            m.forEach((k, v) -> value(path + "." + k, pairName.isPresent() && "value".equals(k) ? pairName.get() : String.valueOf(k),
                    v, visitor, depth + 1));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                value(path + "[" + i + "]", name, l.get(i), visitor, depth + 1);
            }
        } else {
            visitor.leaf(path, name, value);
        }
    }
}
