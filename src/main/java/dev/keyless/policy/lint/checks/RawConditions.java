package dev.keyless.policy.lint.checks;

import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;
import dev.keyless.policy.parse.ParsedPolicy;

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
    static Optional<JsonValue.JsonObject> of(ParsedPolicy parsed, Statement s) {
        return statement(parsed, s).flatMap(o -> o.get("Condition"))
                .filter(JsonValue.JsonObject.class::isInstance).map(JsonValue.JsonObject.class::cast);
    }

    /** The operator members of the statement's Condition object, in source order. */
    static List<JsonValue.Member> operators(ParsedPolicy parsed, Statement s) {
        return of(parsed, s).map(JsonValue.JsonObject::members).orElse(List.of());
    }

    private static Optional<JsonValue.JsonObject> statement(ParsedPolicy parsed, Statement s) {
        Optional<JsonValue> st = parsed.root().flatMap(r -> r.get("Statement"));
        if (st.isEmpty()) {
            return Optional.empty();
        }
        JsonValue v = st.get();
        if (v instanceof JsonValue.JsonArray a) {
            v = s.index() < a.items().size() ? a.items().get(s.index()) : null;
        }
        return v instanceof JsonValue.JsonObject o ? Optional.of(o) : Optional.empty();
    }
}
