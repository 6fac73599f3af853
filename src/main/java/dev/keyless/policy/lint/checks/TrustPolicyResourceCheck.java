package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Statement;

import java.util.List;
import java.util.Optional;

/**
 * ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE (ERROR): Resource or NotResource in a role trust policy.
 * The trust policy's resource is always the role it is attached to; IAM rejects the element.
 * Judged only for documents declared as role trust policies ({@code AWS::IAM::AssumeRolePolicyDocument}),
 * since every other resource policy needs a Resource.
 */
public final class TrustPolicyResourceCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        if (!context.isRoleTrustPolicy()) {
            return;
        }
        for (Statement s : context.policy().statements()) {
            for (Optional<ElementList> e : List.of(s.resource(), s.notResource())) {
                e.ifPresent(list -> out.add(Finding.of(IssueCode.ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE,
                        IssueCode.ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE.template(), list.location())));
            }
        }
    }
}
