package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * UNSUPPORTED_SID (ERROR): a Sid with characters other than ASCII letters and digits in a policy
 * that IAM stores (identity policies and role trust policies): "The Sid element supports ASCII
 * uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)." Other resource policies
 * are left alone: there the Sid is the owning service's sub-ID (KMS's default key policy uses
 * {@code "Enable IAM User Permissions"}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html">Sid element</a>
 */
public final class UnsupportedSidCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!IamStored.policy(context)) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            s.sid().filter(sid -> !alphanumeric(sid.value())).ifPresent(sid -> out.add(
                    Finding.of(IssueCode.UNSUPPORTED_SID, IssueCode.UNSUPPORTED_SID.template(), sid.location())));
        }
    }

    private static boolean alphanumeric(String sid) {
        for (int i = 0; i < sid.length(); i++) {
            char c = sid.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
