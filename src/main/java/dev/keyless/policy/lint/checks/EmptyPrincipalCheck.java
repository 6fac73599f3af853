package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;

/**
 * EMPTY_OBJECT_PRINCIPAL and EMPTY_ARRAY_PRINCIPAL (SUGGESTION): {@code "Principal": {}} or a
 * principal type with an empty list ({@code "AWS": []}) names nobody, so the statement (or that
 * part of it) has no effect. NotPrincipal is not reported: an empty exclusion excludes nobody.
 */
public final class EmptyPrincipalCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            context.rawElement(s, "Principal").ifPresent(v -> {
                if (!(v instanceof JsonValue.JsonObject o)) {
                    return;
                }
                if (o.members().isEmpty()) {
                    out.add(Finding.of(IssueCode.EMPTY_OBJECT_PRINCIPAL, IssueCode.EMPTY_OBJECT_PRINCIPAL.template(), o.location()));
                }
                for (JsonValue.Member m : o.members()) {
                    if (m.value() instanceof JsonValue.JsonArray a && a.items().isEmpty()) {
                        out.add(Finding.of(IssueCode.EMPTY_ARRAY_PRINCIPAL, IssueCode.EMPTY_ARRAY_PRINCIPAL.template(), a.location()));
                    }
                }
            });
        }
    }
}
