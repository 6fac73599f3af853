package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;

import java.util.List;
import java.util.Locale;

/**
 * CONFIRM_AUDIENCE_CLAIM_TYPE (SUGGESTION): an OIDC provider's {@code :aud} key compared with a set
 * qualifier. AWS documents the message (an aud claim may be single- or multivalued; use a qualifier
 * only for a multivalued one) but not the trigger; keyless raises it where the qualifier is present,
 * the one case where the advice changes the policy. ForAllValues on a single-valued claim also
 * matches tokens without it.
 */
public final class AudienceClaimTypeCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            String key = c.key().value();
            int colon = key.indexOf(':');
            if (op.qualifier() != ConditionOperator.Qualifier.NONE && colon > 0
                    && ConditionKeyLookup.isProviderHost(key.substring(0, colon))
                    && key.substring(colon + 1).toLowerCase(Locale.ROOT).equals("aud")) {
                out.add(Finding.of(IssueCode.CONFIRM_AUDIENCE_CLAIM_TYPE,
                        IssueCode.CONFIRM_AUDIENCE_CLAIM_TYPE.template(), c.key().location()));
            }
        });
    }
}
