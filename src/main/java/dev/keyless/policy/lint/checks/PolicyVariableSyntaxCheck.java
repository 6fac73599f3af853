package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * Policy variables IAM cannot substitute: VARIABLE_UNSUPPORTED_IN_VERSION (a {@code ${...}} in a
 * policy without {@code "Version": "2012-10-17"}, where IAM treats it as literal text, so
 * {@code arn:aws:s3:::bucket/${aws:username}/*} names a folder literally called
 * {@code ${aws:username}}), MISSING_BRACE_IN_VARIABLE and EMPTY_VARIABLE. Reported once per string.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">IAM policy elements: Variables and tags</a>
 */
public final class PolicyVariableSyntaxCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.parsed().text().contains("${")) {
            return; // no variable anywhere: the common case, decided without walking the statements
        }
        boolean supported = context.policy().supportsVariables();
        for (Statement s : context.policy().statements()) {
            for (PolicyVariables.Site site : PolicyVariables.sites(s)) {
                List<PolicyVariables.Variable> vars = PolicyVariables.in(site.value());
                if (vars.isEmpty()) {
                    continue;
                }
                if (!supported) {
                    out.add(Finding.of(IssueCode.VARIABLE_UNSUPPORTED_IN_VERSION,
                            IssueCode.VARIABLE_UNSUPPORTED_IN_VERSION.template(), site.location()));
                } else if (vars.stream().anyMatch(v -> !v.closed())) {
                    out.add(Finding.of(IssueCode.MISSING_BRACE_IN_VARIABLE,
                            IssueCode.MISSING_BRACE_IN_VARIABLE.template(), site.location()));
                } else if (vars.stream().anyMatch(v -> v.body().isBlank())) {
                    out.add(Finding.of(IssueCode.EMPTY_VARIABLE, IssueCode.EMPTY_VARIABLE.template(), site.location()));
                }
            }
        }
    }
}
