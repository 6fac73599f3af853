package dev.keyless.compliance.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scans one property value for credentials in any encoding: the text itself, named values inside it
 * (env, .ini, YAML, flags, JSON members), and what base64, hex and gzip runs decode to, down to
 * {@value #MAX_DEPTH} levels. Bounded: at most {@value #MAX_TEXT} characters per value, {@value #MAX_DECODED}
 * decoded bytes and {@value #MAX_RUNS} candidate runs per value; a value past a bound is reported,
 * never passed.
 */
public final class SecretScanner {

    /** One kind of credential in one value: what it is (masked), and how it was reached ({@code base64 → line 2 ...}). */
    public record Finding(String what, String detail, String via) {

        public String describe() {
            return what + " (" + detail + ")" + (via.isEmpty() ? "" : ", found via " + via);
        }
    }

    static final int MAX_DEPTH = 4;
    static final int MAX_TEXT = 4 * 1024 * 1024;
    static final int MAX_DECODED = 4 * 1024 * 1024;
    static final int MAX_RUNS = 1024;

    private final Map<String, Finding> found = new LinkedHashMap<>();
    private int decoded;
    private int runs;
    private boolean overBudget;

    private SecretScanner() {}

    /** Every kind of credential in {@code value}, first occurrence of each; {@code name} is the map key that holds it. */
    public static List<Finding> scan(String name, String value) {
        SecretScanner s = new SecretScanner();
        s.text(name, value, "", 0);
        return new ArrayList<>(s.found.values());
    }

    private void text(String name, String text, String via, int depth) {
        if (text.length() > MAX_TEXT) {
            add("more text than keyless scans", MAX_TEXT / (1024 * 1024) + " MiB at most", via);
            return;
        }
        for (String shape : KeyShapes.find(text)) {
            int open = shape.indexOf(" (");
            add(shape.substring(0, open), shape.substring(open + 2, shape.length() - 1), via);
        }
        if (name != null && SecretNames.isSecretName(name) && SecretNames.looksSecret(text)) {
            add("a secret", "under the name " + name + ", " + KeyShapes.masked(SecretNames.unquote(text.trim()).length()), via);
        }
        List<NamedValues.Named> named = NamedValues.inText(text, MAX_RUNS + 1);
        if (named.size() > MAX_RUNS) {
            over(via);
        }
        for (NamedValues.Named n : named) {
            if (SecretNames.isSecretName(n.name()) && SecretNames.looksSecret(n.value())) {
                add("a secret", n.where() + ", " + KeyShapes.masked(n.value().length()), via);
            }
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        List<NamedValues.Named> members = NamedValues.inJson(text, MAX_RUNS + 1);
        if (members.size() > MAX_RUNS) {
            over(via);
        }
        for (NamedValues.Named n : members) {
            if (!n.value().equals(text) && spend(n.value().length(), false)) {
                text(n.name(), n.value(), step(via, n.where()), depth + 1);
            }
        }
        for (String run : Decoding.base64Runs(text, MAX_RUNS + 1)) {
            if (spend(run.length(), true)) {
                Decoding.base64(run).ifPresent(b -> bytes(b, step(via, "base64"), depth + 1));
            }
        }
        for (String run : Decoding.hexRuns(text, MAX_RUNS + 1)) {
            if (spend(run.length(), true)) {
                bytes(Decoding.hex(run), step(via, "hex"), depth + 1);
            }
        }
    }

    private void bytes(byte[] b, String via, int depth) {
        if (KeyShapes.isDerPrivateKey(b)) {
            add("a private key", "DER, " + b.length + " bytes, not shown", via);
        }
        if (Decoding.isGzip(b) && depth < MAX_DEPTH) {
            Optional<byte[]> plain = Decoding.gunzip(b, MAX_DECODED - decoded);
            if (plain.isEmpty()) {
                over(via);
                return;
            }
            if (spend(plain.get().length, false)) {
                bytes(plain.get(), step(via, "gzip"), depth + 1);
            }
            return;
        }
        Decoding.text(b).ifPresent(t -> text(null, t, via, depth));
    }

    /** Counts decoded data (and decoding attempts) against the value's budget; past it, reports once and decodes no more. */
    private boolean spend(int amount, boolean run) {
        if (run) {
            runs++;
        }
        decoded += amount;
        if (decoded > MAX_DECODED || runs > MAX_RUNS) {
            over("");
            return false;
        }
        return true;
    }

    private void over(String via) {
        if (!overBudget) {
            overBudget = true;
            add("more encoded data than keyless decodes", "at most " + MAX_RUNS + " runs and "
                    + MAX_DECODED / (1024 * 1024) + " MiB per value; a key could hide past that", via);
        }
    }

    private void add(String what, String detail, String via) {
        found.putIfAbsent(what, new Finding(what, detail, via));
    }

    private static String step(String via, String next) {
        return via.isEmpty() ? next : via + " → " + next;
    }
}
