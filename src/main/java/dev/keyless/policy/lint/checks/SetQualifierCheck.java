package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.ConditionKey;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;

import java.util.List;
import java.util.Optional;

/**
 * Set qualifiers that do not fit the key, by the key's type in the catalog ({@code ArrayOf...} is
 * multivalued):
 * <ul>
 *   <li>FORALLVALUES_WITH_SINGLE_VALUED_KEY (SECURITY_WARNING): ForAllValues is true when the key
 *       is absent, so on a single-valued key it lets requests without the key through;</li>
 *   <li>MISSING_QUALIFIER (ERROR): a multivalued key compared without ForAllValues/ForAnyValue.</li>
 * </ul>
 * {@code Null} tests presence, which needs no qualifier.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single-valued vs. multivalued context keys</a>
 */
public final class SetQualifierCheck implements PolicyCheck {


    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionValues.forEachClause(context.policy().statements(), (c, op) -> {
            Optional<ConditionKey> key = context.catalog().conditionKey(c.key().value());
            if (key.isEmpty() || op.base() == ConditionOperator.Base.Null) {
                return;
            }
            if (op.qualifier() == ConditionOperator.Qualifier.FOR_ALL_VALUES && !key.get().multivalued()) {
                out.add(Finding.of(IssueCode.FORALLVALUES_WITH_SINGLE_VALUED_KEY,
                        IssueCode.FORALLVALUES_WITH_SINGLE_VALUED_KEY.details("key", c.key().value()),
                        c.key().location()));
            } else if (op.qualifier() == ConditionOperator.Qualifier.NONE && key.get().multivalued()) {
                out.add(Finding.of(IssueCode.MISSING_QUALIFIER,
                        IssueCode.MISSING_QUALIFIER.details("key", c.key().value()), c.key().location()));
            }
        });
    }
}
