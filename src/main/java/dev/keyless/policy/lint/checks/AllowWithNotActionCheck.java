package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * ALLOW_WITH_NOT_ACTION (keyless, SECURITY_WARNING). Access Analyzer reports NotAction only where it
 * reaches iam:PassRole or iam:CreateServiceLinkedRole; keyless reports every Allow with NotAction,
 * because it grants all actions of all services except those listed, including actions AWS adds
 * later. Deny with NotAction is a common, safe guardrail and is not reported.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html">IAM JSON policy elements: NotAction</a>
 */
public final class AllowWithNotActionCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            if (s.allows() && s.notAction().isPresent()) {
                out.add(Finding.of(IssueCode.ALLOW_WITH_NOT_ACTION, IssueCode.ALLOW_WITH_NOT_ACTION.template(),
                        s.notAction().get().location()));
            }
        }
    }
}
