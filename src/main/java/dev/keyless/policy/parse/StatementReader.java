package dev.keyless.policy.parse;

import dev.keyless.policy.model.ConditionBlock;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one statement object; wrong JSON types are reported and the element is left out. */
final class StatementReader {

    private static final Set<String> ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
            "NotAction", "Resource", "NotResource", "Condition");

    private final PolicyReader.Shapes shapes;

    StatementReader(PolicyReader.Shapes shapes) {
        this.shapes = shapes;
    }

    Optional<Statement> read(JsonValue v, int index) {
        if (!(v instanceof JsonValue.JsonObject o)) {
            shapes.mismatch(v, "Object");
            return Optional.empty();
        }
        shapes.unknownElements(o, ELEMENTS);
        return Optional.of(new Statement(index, o.location(),
                shapes.string(o, "Sid"),
                shapes.string(o, "Effect"),
                principal(o, "Principal"),
                principal(o, "NotPrincipal"),
                list(o, "Action"),
                list(o, "NotAction"),
                list(o, "Resource"),
                list(o, "NotResource"),
                condition(o)));
    }

    private Optional<ElementList> list(JsonValue.JsonObject o, String name) {
        Optional<JsonValue> v = o.get(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof JsonValue.JsonString s) {
            return Optional.of(new ElementList(name, List.of(new Text(s.value(), s.location())), false, s.location()));
        }
        if (v.get() instanceof JsonValue.JsonArray a) {
            return Optional.of(new ElementList(name, strings(a), true, a.location()));
        }
        shapes.mismatch(v.get(), "String or Array");
        return Optional.empty();
    }

    private List<Text> strings(JsonValue.JsonArray a) {
        List<Text> out = new ArrayList<>();
        for (JsonValue item : a.items()) {
            if (item instanceof JsonValue.JsonString s) {
                out.add(new Text(s.value(), s.location()));
            } else {
                shapes.mismatch(item, "String");
            }
        }
        return out;
    }

    private Optional<PrincipalElement> principal(JsonValue.JsonObject o, String name) {
        Optional<JsonValue> v = o.get(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof JsonValue.JsonString s) {
            // Only "*" is valid as a bare string; anything else is reported by the principal checks.
            boolean wildcard = s.value().equals("*");
            return Optional.of(new PrincipalElement(name, wildcard, List.of(), s.location()));
        }
        if (!(v.get() instanceof JsonValue.JsonObject po)) {
            shapes.mismatch(v.get(), "Object");
            return Optional.empty();
        }
        List<PrincipalEntry> entries = new ArrayList<>();
        for (JsonValue.Member m : po.members()) {
            Text type = new Text(m.name(), m.keyLocation());
            if (m.value() instanceof JsonValue.JsonString s) {
                entries.add(new PrincipalEntry(type, List.of(new Text(s.value(), s.location())), false, s.location()));
            } else if (m.value() instanceof JsonValue.JsonArray a) {
                entries.add(new PrincipalEntry(type, strings(a), true, a.location()));
            } else {
                shapes.mismatch(m.value(), "String or Array");
            }
        }
        return Optional.of(new PrincipalElement(name, false, entries, po.location()));
    }

    private Optional<ConditionBlock> condition(JsonValue.JsonObject o) {
        Optional<JsonValue> v = o.get("Condition");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof JsonValue.JsonObject co)) {
            shapes.mismatch(v.get(), "Object");
            return Optional.empty();
        }
        List<ConditionClause> clauses = new ArrayList<>();
        for (JsonValue.Member op : co.members()) {
            if (!(op.value() instanceof JsonValue.JsonObject keys)) {
                shapes.mismatch(op.value(), "Object");
                continue;
            }
            Text operator = new Text(op.name(), op.keyLocation());
            for (JsonValue.Member key : keys.members()) {
                clause(operator, key).ifPresent(clauses::add);
            }
        }
        return Optional.of(new ConditionBlock(clauses, co.location()));
    }

    private Optional<ConditionClause> clause(Text operator, JsonValue.Member key) {
        Text keyText = new Text(key.name(), key.keyLocation());
        if (key.value() instanceof JsonValue.JsonArray a) {
            List<ConditionValue> values = new ArrayList<>();
            for (JsonValue item : a.items()) {
                scalar(item).ifPresent(values::add);
            }
            return Optional.of(new ConditionClause(operator, keyText, values, true, a.location()));
        }
        return scalar(key.value())
                .map(cv -> new ConditionClause(operator, keyText, List.of(cv), false, key.value().location()));
    }

    private Optional<ConditionValue> scalar(JsonValue v) {
        if (v instanceof JsonValue.JsonString s) {
            return Optional.of(new ConditionValue(s.value(), s.type(), s.location()));
        }
        if (v instanceof JsonValue.JsonNumber n) {
            return Optional.of(new ConditionValue(n.literal(), n.type(), n.location()));
        }
        if (v instanceof JsonValue.JsonBoolean b) {
            return Optional.of(new ConditionValue(String.valueOf(b.value()), b.type(), b.location()));
        }
        shapes.mismatch(v, "String, Number or Boolean");
        return Optional.empty();
    }
}
