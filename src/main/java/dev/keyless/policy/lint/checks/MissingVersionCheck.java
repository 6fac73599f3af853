package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.JsonPath;

import java.util.List;

/**
 * MISSING_VERSION (WARNING): without Version IAM falls back to 2008-10-17, where policy variables
 * are plain text. Reported at the start of the document, where the element belongs. A Version of
 * the wrong JSON type is the reader's DATA_TYPE_MISMATCH, not a missing one.
 */
public final class MissingVersionCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        boolean written = context.parsed().root().flatMap(r -> r.member("Version")).isPresent();
        if (context.policy().version().isEmpty() && !written) {
            out.add(Finding.of(IssueCode.MISSING_VERSION, IssueCode.MISSING_VERSION.template(),
                    Locations.opening(JsonPath.ROOT, context.policy().location())));
        }
    }
}
