package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * EMPTY_OBJECT_CONDITION (SUGGESTION) for {@code "Condition": {}}, and for a key with an empty value
 * array: EMPTY_ARRAY_CONDITION_FORALLVALUES (matches only when the key is absent),
 * EMPTY_ARRAY_CONDITION_FORANYVALUE (never matches), EMPTY_ARRAY_CONDITION_IFEXISTS (matches only
 * when the key is absent) or EMPTY_ARRAY_CONDITION. Each says the statement does not do what it
 * seems to; with a set qualifier, an empty list can even turn a restriction into "absent key passes".
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single-valued vs. multivalued context keys</a>
 */
public final class EmptyConditionCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            Optional<JsonValue.JsonObject> condition = RawConditions.of(context, s);
            if (condition.isEmpty()) {
                continue;
            }
            if (condition.get().members().isEmpty()) {
                out.add(Finding.of(IssueCode.EMPTY_OBJECT_CONDITION, IssueCode.EMPTY_OBJECT_CONDITION.template(),
                        condition.get().location()));
                continue;
            }
            for (JsonValue.Member op : condition.get().members()) {
                if (!(op.value() instanceof JsonValue.JsonObject keys)) {
                    continue;
                }
                IssueCode code = codeFor(ConditionOperator.parse(op.name()));
                for (JsonValue.Member key : keys.members()) {
                    if (key.value() instanceof JsonValue.JsonArray a && a.items().isEmpty()) {
                        out.add(Finding.of(code, code.details("key", key.name()), a.location()));
                    }
                }
            }
        }
    }

    private static IssueCode codeFor(Optional<ConditionOperator> op) {
        if (op.isEmpty()) {
            return IssueCode.EMPTY_ARRAY_CONDITION;
        }
        return switch (op.get().qualifier()) {
            case FOR_ALL_VALUES -> IssueCode.EMPTY_ARRAY_CONDITION_FORALLVALUES;
            case FOR_ANY_VALUE -> IssueCode.EMPTY_ARRAY_CONDITION_FORANYVALUE;
            case NONE -> op.get().ifExists() ? IssueCode.EMPTY_ARRAY_CONDITION_IFEXISTS : IssueCode.EMPTY_ARRAY_CONDITION;
        };
    }
}
