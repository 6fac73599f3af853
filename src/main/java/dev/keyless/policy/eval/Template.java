package dev.keyless.policy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy value that may hold policy variables: {@code ${key}}, {@code ${key, 'default'}} and the
 * fixed {@code ${*}}, {@code ${?}}, {@code ${$}} that stand for a literal {@code *}, {@code ?} and
 * {@code $} ("Special characters", IAM User Guide, "IAM policy elements: Variables and tags").
 * Variables are only read under Version 2012-10-17; elsewhere the text is literal.
 *
 * <p>Substituted text is always literal, never a wildcard.
 */
final class Template {

    /** A literal run of text; its {@code *} and {@code ?} are wildcards when {@code wildcards} is set. */
    private record Text(String text, boolean wildcards) {}

    private record Var(String lowerKey, String key, String fallback) {}

    private static final Object[] NONE = new Object[0];

    private final Object[] parts;
    private final Glob constant;
    private final boolean ignoreCase;

    private Template(Object[] parts, Glob constant, boolean ignoreCase) {
        this.parts = parts;
        this.constant = constant;
        this.ignoreCase = ignoreCase;
    }

    /**
     * @param wildcards     whether {@code *} and {@code ?} in the text are wildcards
     * @param variables     whether {@code ${...}} is read at all (Version 2012-10-17 and a place that allows it)
     * @param variablesFrom text before this index keeps {@code ${...}} literal (the ARN before its fifth colon)
     */
    static Template compile(String text, boolean wildcards, boolean variables, int variablesFrom, boolean ignoreCase) {
        if (!variables || text.indexOf("${") < 0) {
            Glob g = wildcards ? Glob.pattern(text, ignoreCase) : Glob.literal(text, ignoreCase);
            return new Template(NONE, g, ignoreCase);
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                run.append(text, i, text.length());
                break;
            }
            run.append(text, i, open);
            String inner = text.substring(open + 2, close);
            Object part = open < variablesFrom ? null : variable(inner);
            if (part == null) {
                run.append(text, open, close + 1);
            } else {
                flush(parts, run, wildcards);
                parts.add(part);
            }
            i = close + 1;
        }
        flush(parts, run, wildcards);
        boolean anyVar = parts.stream().anyMatch(p -> p instanceof Var);
        Template t = new Template(parts.toArray(), null, ignoreCase);
        if (!anyVar) {
            return new Template(NONE, t.resolve(RequestContext.EMPTY), ignoreCase);
        }
        return t;
    }

    private static void flush(List<Object> parts, StringBuilder run, boolean wildcards) {
        if (run.length() > 0) {
            parts.add(new Text(run.toString(), wildcards));
            run.setLength(0);
        }
    }

    /** Reads the inside of {@code ${...}}; null when it is not a variable IAM would read. */
    private static Object variable(String inner) {
        if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
            return new Text(inner, false);
        }
        String key = inner;
        String fallback = null;
        int comma = inner.indexOf(',');
        if (comma >= 0) {
            key = inner.substring(0, comma).trim();
            String d = inner.substring(comma + 1).trim();
            if (d.length() < 2 || d.charAt(0) != '\'' || d.charAt(d.length() - 1) != '\'') {
                return null;
            }
            fallback = d.substring(1, d.length() - 1);
        }
        if (key.isEmpty() || key.indexOf(' ') >= 0) {
            return null;
        }
        return new Var(key.toLowerCase(Locale.ROOT), key, fallback);
    }

    boolean hasVariables() {
        return constant == null;
    }

    /** The pattern when the text holds no variable. */
    Glob constant() {
        return constant;
    }

    /**
     * The pattern with each variable replaced by its single request value (or default). Null when a
     * variable cannot be resolved: the key is absent without a default, or has several values
     * (multivalued keys cannot be policy variables).
     */
    Glob resolve(RequestContext ctx) {
        if (constant != null) {
            return constant;
        }
        StringBuilder sb = new StringBuilder();
        List<Boolean> wild = new ArrayList<>();
        boolean anyWild = false;
        for (Object p : parts) {
            if (p instanceof Text t) {
                for (int i = 0; i < t.text().length(); i++) {
                    char c = t.text().charAt(i);
                    boolean w = t.wildcards() && (c == '*' || c == '?');
                    anyWild |= w;
                    sb.append(c);
                    wild.add(w);
                }
            } else {
                Var v = (Var) p;
                ContextEntry e = ctx.get(v.lowerKey());
                String value;
                if (e != null && e.values().size() == 1) {
                    value = e.values().get(0);
                } else if (e == null && v.fallback() != null) {
                    value = v.fallback();
                } else {
                    return null;
                }
                sb.append(value);
                for (int i = 0; i < value.length(); i++) {
                    wild.add(Boolean.FALSE);
                }
            }
        }
        boolean[] w = null;
        if (anyWild) {
            w = new boolean[wild.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = wild.get(i);
            }
        }
        return new Glob(sb.toString(), w, ignoreCase);
    }

    /** The pattern with every variable replaced by a {@code *} wildcard: what the value could be. */
    Glob anyValue() {
        if (constant != null) {
            return constant;
        }
        StringBuilder sb = new StringBuilder();
        List<Boolean> wild = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Text t) {
                for (int i = 0; i < t.text().length(); i++) {
                    char c = t.text().charAt(i);
                    sb.append(c);
                    wild.add(t.wildcards() && (c == '*' || c == '?'));
                }
            } else {
                sb.append('*');
                wild.add(Boolean.TRUE);
            }
        }
        boolean[] w = new boolean[wild.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = wild.get(i);
        }
        return new Glob(sb.toString(), w, ignoreCase);
    }

    /** The variable keys this value reads, as written in the policy. */
    void variableKeys(List<String> out) {
        for (Object p : parts) {
            if (p instanceof Var v) {
                out.add(v.key());
            }
        }
    }
}
