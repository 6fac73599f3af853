package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * MISSING_ACTION (ERROR): a statement with neither Action nor NotAction, in every policy type.
 * Reported at the statement's opening brace. An element that is there with the wrong JSON type
 * is the reader's DATA_TYPE_MISMATCH, not a missing one.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">Action element</a>
 */
public final class MissingActionCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            if (!context.hasElement(s, "Action") && !context.hasElement(s, "NotAction")) {
                out.add(Finding.of(IssueCode.MISSING_ACTION, IssueCode.MISSING_ACTION.template(), Locations.opening(s.location())));
            }
        }
    }
}
