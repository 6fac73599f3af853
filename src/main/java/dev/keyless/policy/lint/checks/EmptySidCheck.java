package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * EMPTY_SID_VALUE (SUGGESTION): {@code "Sid": ""} names nothing; leave the element out or give it
 * a value. Access Analyzer reports it in every policy type (AWS's validate-policy CLI example shows
 * it for a trust policy).
 */
public final class EmptySidCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            s.sid().filter(sid -> sid.value().isEmpty()).ifPresent(sid -> out.add(
                    Finding.of(IssueCode.EMPTY_SID_VALUE, IssueCode.EMPTY_SID_VALUE.template(), sid.location())));
        }
    }
}
