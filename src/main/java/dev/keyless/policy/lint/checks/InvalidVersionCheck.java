package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Text;

import java.util.List;

/**
 * INVALID_VERSION (ERROR): Version names a policy language IAM does not have. IAM knows exactly
 * two, {@code 2012-10-17} and {@code 2008-10-17}, compared case-sensitively.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html">Version element</a>
 */
public final class InvalidVersionCheck implements PolicyCheck {

    static final String VERSIONS = Policy.VERSION_2012 + ", " + Policy.VERSION_2008;

    @Override
    public void check(CheckContext context, List<Finding> out) {
        context.policy().version().ifPresent(v -> {
            if (!isValid(v)) {
                out.add(Finding.of(IssueCode.INVALID_VERSION,
                        IssueCode.INVALID_VERSION.details("version", v.value(), "versions", VERSIONS), v.location()));
            }
        });
    }

    private static boolean isValid(Text v) {
        return v.value().equals(Policy.VERSION_2012) || v.value().equals(Policy.VERSION_2008);
    }
}
