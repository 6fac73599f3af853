package dev.keyless.policy.model;

import java.util.List;

/** A statement's Condition element, flattened to its clauses in source order. */
public record ConditionBlock(List<ConditionClause> clauses, Location location) {

    public ConditionBlock {
        clauses = List.copyOf(clauses);
    }
}
