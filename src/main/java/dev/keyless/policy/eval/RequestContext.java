package dev.keyless.policy.eval;

import dev.keyless.policy.value.IamDate;
import dev.keyless.policy.value.IpRange;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request context as the evaluator reads it: context keys by lower-cased name, because IAM
 * condition key names are case-insensitive ("Condition key names are not case-sensitive", IAM User
 * Guide, "IAM JSON policy elements: Condition"). Values are checked against their declared type once,
 * here, so that a bad value is a clear input error instead of a silent non-match.
 */
public final class RequestContext {

    public static final RequestContext EMPTY = new RequestContext(Map.of(), false);

    private final Map<String, ContextEntry> byName;
    private final boolean openWorld;

    private RequestContext(Map<String, ContextEntry> byName, boolean openWorld) {
        this.byName = byName;
        this.openWorld = openWorld;
    }

    public static RequestContext of(List<ContextEntry> entries) throws EvaluationException {
        return of(entries, false);
    }

    /**
     * A context whose absent keys are unknown rather than absent when {@code openWorld}: the caller may
     * send them with any value (or not at all), so a condition on one neither holds nor fails.
     */
    static RequestContext of(List<ContextEntry> entries, boolean openWorld) throws EvaluationException {
        Map<String, ContextEntry> map = new HashMap<>(entries.size() * 2);
        for (ContextEntry e : entries) {
            validate(e);
            String key = LowerCase.root(e.name());
            if (map.put(key, e) != null) {
                throw EvaluationException.invalidInput("ContextEntries: the key " + e.name()
                        + " is given more than once (key names are case-insensitive)");
            }
        }
        return new RequestContext(map, openWorld);
    }

    /** Whether keys the request does not carry are unknown (see {@link #of(List, boolean)}). */
    boolean openWorld() {
        return openWorld;
    }

    /** The entry for a lower-cased key name, or null when the request does not carry the key. */
    public ContextEntry get(String lowerCaseName) {
        return byName.get(lowerCaseName);
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    private static void validate(ContextEntry e) throws EvaluationException {
        if (e.name().isEmpty()) {
            throw EvaluationException.invalidInput("ContextEntries: ContextKeyName must not be empty");
        }
        if (!e.type().list() && e.values().size() != 1) {
            throw EvaluationException.invalidInput("ContextEntries: " + e.name() + " has type " + e.type().json()
                    + " and takes exactly one value (use " + e.type().json() + "List for several)");
        }
        for (String v : e.values()) {
            if (!valid(e.type().element(), v)) {
                throw EvaluationException.invalidInput("ContextEntries: " + e.name() + " value '" + v
                        + "' is not a valid " + e.type().element().json());
            }
        }
    }

    private static boolean valid(ContextKeyType t, String v) {
        switch (t) {
            case NUMERIC:
                return Values.number(v) != null;
            case BOOLEAN:
                return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
            case IP:
                return IpRange.parseOrNull(v) != null;
            case DATE:
                return IamDate.parseOrNull(v) != null;
            case BINARY:
                try {
                    Base64.getDecoder().decode(v);
                    return true;
                } catch (IllegalArgumentException ex) {
                    return false;
                }
            default:
                return true;
        }
    }
}
