package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * Policy variables where IAM does not substitute them: VARIABLE_UNSUPPORTED_IN_ELEMENT (Action,
 * NotAction, Principal, NotPrincipal: only Resource, NotResource and condition values take
 * variables) and INVALID_VARIABLE_FOR_OPERATOR (a variable in the value of an operator other than
 * a String or ARN operator). In both places the text is compared literally, so the statement
 * silently never matches what it seems to name.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-wheretouse">Where you can use policy variables</a>
 */
public final class PolicyVariablePlacementCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.policy().supportsVariables() || !context.parsed().text().contains("${")) {
            return; // no variable, or PolicyVariableSyntaxCheck reports the version instead
        }
        for (Statement s : context.policy().statements()) {
            for (PolicyVariables.Site site : PolicyVariables.sites(s)) {
                if (site.element().equals("Resource") || site.element().equals("NotResource")
                        || site.element().equals("Condition")) {
                    continue;
                }
                PolicyVariables.in(site.value()).stream().filter(v -> v.closed() && !v.escape()).findFirst()
                        .ifPresent(v -> out.add(Finding.of(IssueCode.VARIABLE_UNSUPPORTED_IN_ELEMENT,
                                IssueCode.VARIABLE_UNSUPPORTED_IN_ELEMENT.details("variable", v.text()),
                                site.location())));
            }
        }
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            ConditionOperator.Family f = op.base().family();
            if (f == ConditionOperator.Family.STRING || f == ConditionOperator.Family.ARN) {
                return;
            }
            for (ConditionValue v : c.values()) {
                if (PolicyVariables.hasVariable(v.text())) {
                    out.add(Finding.of(IssueCode.INVALID_VARIABLE_FOR_OPERATOR,
                            IssueCode.INVALID_VARIABLE_FOR_OPERATOR.template(), v.location()));
                }
            }
        });
    }
}
