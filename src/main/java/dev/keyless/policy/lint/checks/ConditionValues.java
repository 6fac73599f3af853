package dev.keyless.policy.lint.checks;

import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Walks the clauses whose operator IAM knows, handing each to a check with its parsed operator. */
final class ConditionValues {

    private ConditionValues() {}

    static void forEachClause(List<Statement> statements, BiConsumer<ConditionClause, ConditionOperator> visit) {
        for (Statement s : statements) {
            for (ConditionClause c : s.conditions()) {
                Optional<ConditionOperator> op = ConditionOperator.parse(c.operator().value());
                op.ifPresent(o -> visit.accept(c, o));
            }
        }
    }

    /** Whether a value holds a policy variable, whose value is known only when IAM substitutes it. */
    static boolean hasVariable(String value) {
        return PolicyVariables.hasVariable(value);
    }
}
