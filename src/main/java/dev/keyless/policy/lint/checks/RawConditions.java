package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * A statement's Condition element as written. The model flattens conditions to clauses, which loses
 * operators whose key object is empty and empty value arrays that held only ill-typed items; the
 * checks that care about such shapes read the positioned JSON tree instead.
 */
final class RawConditions {

    private RawConditions() {}

    /** The Condition object of the statement, if it is an object. */
    static Optional<JsonValue.JsonObject> of(CheckContext context, Statement s) {
        return context.rawStatement(s).flatMap(o -> o.get("Condition"))
                .filter(JsonValue.JsonObject.class::isInstance).map(JsonValue.JsonObject.class::cast);
    }

    /** The operator members of the statement's Condition object, in source order. */
    static List<JsonValue.Member> operators(CheckContext context, Statement s) {
        return of(context, s).map(JsonValue.JsonObject::members).orElse(List.of());
    }
}
