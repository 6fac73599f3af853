package dev.keyless.report.graph;

import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A trust statement in a few lines: who, which action, each condition, and the Google pins it lacks.
 * A Google trust needs StringEquals on accounts.google.com:aud, :sub and :oaud (docs/findings.md,
 * GOOGLE_TRUST_MISSING_*); a missing one is listed so the graph shows the gap, not only the doors.
 */
final class TrustLines {

    static final String GOOGLE = "accounts.google.com";
    private static final List<String> PINS = List.of(GOOGLE + ":aud", GOOGLE + ":sub", GOOGLE + ":oaud");

    private TrustLines() {}

    static List<String> of(Statement s) {
        List<String> out = new ArrayList<>();
        out.add(s.effect().map(Text::value).orElse("(no Effect)") + " " + principals(s));
        s.actions().ifPresent(a -> out.add(list(a)));
        for (ConditionClause c : s.conditions()) {
            String key = c.key().value();
            String shortKey = key.toLowerCase(Locale.ROOT).startsWith(GOOGLE + ":") ? key.substring(GOOGLE.length() + 1) : key;
            String operator = c.operator().value().equals("StringEquals") ? " = " : " " + c.operator().value() + " ";
            out.add(shortKey + operator + c.values().stream().map(ConditionValue::text).collect(Collectors.joining(", ")));
        }
        missingPins(s).forEach(k -> out.add("missing pin: " + k));
        return out;
    }

    static boolean trustsGoogle(Statement s) {
        return s.principals().filter(p -> !p.negated()).stream().flatMap(p -> p.entries().stream())
                .anyMatch(e -> e.type().value().equals("Federated")
                        && e.values().stream().anyMatch(v -> v.value().equals(GOOGLE)));
    }

    static boolean trustsEveryone(Statement s) {
        return s.principals().map(p -> p.wildcard() || p.negated()
                || p.entries().stream().anyMatch(e -> e.values().stream().anyMatch(v -> v.value().equals("*"))))
                .orElse(false);
    }

    /** Google keys an Allow statement trusting accounts.google.com does not pin with plain StringEquals. */
    static List<String> missingPins(Statement s) {
        if (!s.allows() || !trustsGoogle(s)) {
            return List.of();
        }
        return PINS.stream().filter(k -> s.conditions().stream().noneMatch(c ->
                c.operator().value().equals("StringEquals") && c.key().value().toLowerCase(Locale.ROOT).equals(k)))
                .toList();
    }

    private static String principals(Statement s) {
        if (s.principals().isEmpty()) {
            return "(no Principal)";
        }
        PrincipalElement p = s.principals().get();
        if (p.wildcard()) {
            return p.name() + " *";
        }
        return (p.negated() ? "NotPrincipal " : "") + p.entries().stream()
                .map(e -> e.type().value() + " " + e.values().stream().map(Text::value).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    static String list(ElementList l) {
        return (l.negated() ? l.name() + " " : "") + l.values().stream().map(Text::value).collect(Collectors.joining(", "));
    }
}
