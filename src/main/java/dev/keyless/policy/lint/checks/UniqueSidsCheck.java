package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * UNIQUE_SIDS_REQUIRED (ERROR) and UNIQUE_SIDS_RECOMMENDED (WARNING): a Sid used by an earlier
 * statement. IAM requires unique Sids in the policies it stores ("In IAM, the Sid value must be
 * unique within a JSON policy"), so identity and role trust policies get the ERROR; elsewhere the
 * Sid is a service's sub-ID and duplicates are only discouraged. Empty Sids are EMPTY_SID_VALUE's.
 * Each repeat is reported at its Sid, the first use is not.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html">Sid element</a>
 */
public final class UniqueSidsCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        IssueCode code = IamStored.policy(context) ? IssueCode.UNIQUE_SIDS_REQUIRED : IssueCode.UNIQUE_SIDS_RECOMMENDED;
        Set<String> seen = new HashSet<>();
        for (Statement s : context.policy().statements()) {
            if (s.sid().isEmpty() || s.sid().get().value().isEmpty()) {
                continue;
            }
            Text sid = s.sid().get();
            if (!seen.add(sid.value())) {
                out.add(Finding.of(code, code.template(), sid.location()));
            }
        }
    }
}
