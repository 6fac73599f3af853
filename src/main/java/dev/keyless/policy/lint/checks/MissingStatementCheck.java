package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * MISSING_STATEMENT (ERROR): the policy has no statement, either because Statement is absent or
 * because it is an empty array. A Statement of the wrong JSON type is the reader's
 * DATA_TYPE_MISMATCH instead. Reported at the document's opening brace, or at the empty array.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html">Statement element</a>
 */
public final class MissingStatementCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        Optional<JsonValue> statement = context.parsed().root().flatMap(r -> r.get("Statement"));
        if (statement.isEmpty()) {
            out.add(finding(Locations.opening(JsonPath.ROOT, context.policy().location())));
        } else if (statement.get() instanceof JsonValue.JsonArray a && a.items().isEmpty()) {
            out.add(finding(a.location()));
        }
    }

    private static Finding finding(dev.keyless.policy.model.Location at) {
        return Finding.of(IssueCode.MISSING_STATEMENT, IssueCode.MISSING_STATEMENT.template(), at);
    }
}
