package dev.keyless.policy.model;

import java.util.List;

/**
 * One {@code operator: {key: values}} pair of a Condition block. The operator and key are kept as
 * written; {@link ConditionOperator#parse} interprets the operator.
 */
public record ConditionClause(Text operator, Text key, List<ConditionValue> values, boolean array,
                              Location valuesLocation) {

    public ConditionClause {
        values = List.copyOf(values);
    }
}
