package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;

import java.util.List;

/**
 * MISSING_VERSION (WARNING): without Version IAM falls back to 2008-10-17, where policy variables
 * are plain text. Reported at the start of the document, where the element belongs.
 */
public final class MissingVersionCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (context.policy().version().isEmpty()) {
            Position start = context.policy().location().span().start();
            out.add(Finding.of(IssueCode.MISSING_VERSION, IssueCode.MISSING_VERSION.template(),
                    new Location(JsonPath.ROOT, new Span(start, new Position(start.line(), start.column() + 1,
                            start.offset() + 1)))));
        }
    }
}
