package dev.keyless.compliance;

import dev.keyless.policy.model.Effect;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.ParsedPolicy;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Walks each role's trust policy, reporting an unusable policy once per rule so that every trust
 * rule fails closed on it, and handing each statement that grants something to the rule.
 */
final class TrustStatements {

    private TrustStatements() {}

    /** Calls {@code rule} for every Allow statement; Deny statements only ever narrow access. */
    static void forEachAllow(List<RoleUnderReview> roles, List<Violation> out,
                             BiConsumer<RoleUnderReview, Statement> rule) {
        for (RoleUnderReview role : roles) {
            if (role.trustPolicy().isEmpty()) {
                out.add(new Violation(role.label(), "has no trust policy keyless can read"));
                continue;
            }
            ParsedPolicy trust = role.trustPolicy().get();
            if (trust.malformed()) {
                out.add(new Violation(role.label(), "trust policy is malformed (" + PolicyText.defects(trust) + ")"));
                continue;
            }
            for (Statement s : trust.policy().orElseThrow().statements()) {
                if (s.effectValue().isEmpty()) {
                    out.add(new Violation(role.label(), describe(s) + " has effect "
                            + s.effect().map(t -> "\"" + t.value() + "\"").orElse("(none)")
                            + "; IAM accepts only Allow or Deny"));
                } else if (s.effectValue().get() == Effect.ALLOW) {
                    rule.accept(role, s);
                }
            }
        }
    }

    /** Names a statement for a reviewer: its index and Sid if it has one. */
    static String describe(Statement s) {
        return "trust statement " + s.index() + s.sid().filter(t -> !t.value().isEmpty())
                .map(t -> " (Sid \"" + t.value() + "\")").orElse("");
    }
}
