package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;

/**
 * EMPTY_ARRAY_ACTION and EMPTY_ARRAY_RESOURCE (SUGGESTION): {@code "Action": []} or
 * {@code "Resource": []} matches nothing, so the statement has no effect. Only the positive
 * elements: an empty NotAction or NotResource excludes nothing and matches everything, which is
 * the opposite of "no effect". AWS's terraform-iam-policy-validator example report shows this
 * finding on a trust policy rendered with {@code "Resource": []}.
 */
public final class EmptyArrayCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            report(context, s, "Action", IssueCode.EMPTY_ARRAY_ACTION, out);
            report(context, s, "Resource", IssueCode.EMPTY_ARRAY_RESOURCE, out);
        }
    }

    private static void report(CheckContext context, Statement s, String element, IssueCode code, List<Finding> out) {
        context.rawElement(s, element)
                .filter(v -> v instanceof JsonValue.JsonArray a && a.items().isEmpty())
                .ifPresent(v -> out.add(Finding.of(code, code.template(), v.location())));
    }
}
