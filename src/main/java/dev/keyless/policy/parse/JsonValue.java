package dev.keyless.policy.parse;

import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.ValueType;

import java.util.List;
import java.util.Optional;

/**
 * A JSON value read with its location. Unlike a plain JSON tree it keeps duplicate members and the
 * exact source span of every value, because both matter when judging a policy.
 */
public sealed interface JsonValue {

    Location location();

    ValueType type();

    record Member(String name, Location keyLocation, JsonValue value) {}

    record JsonObject(List<Member> members, Location location) implements JsonValue {
        public JsonObject {
            members = List.copyOf(members);
        }

        @Override
        public ValueType type() {
            return ValueType.OBJECT;
        }

        /** The member named exactly {@code name}; the last one wins, as in most JSON readers. */
        public Optional<Member> member(String name) {
            return Optional.ofNullable(find(name));
        }

        /** As {@link #member}, null when there is none: for lookups made for every statement by many checks. */
        public Member find(String name) {
            for (int i = members.size() - 1; i >= 0; i--) {
                Member m = members.get(i);
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }

        public Optional<JsonValue> get(String name) {
            return member(name).map(Member::value);
        }
    }

    record JsonArray(List<JsonValue> items, Location location) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public ValueType type() {
            return ValueType.ARRAY;
        }
    }

    record JsonString(String value, Location location) implements JsonValue {
        @Override
        public ValueType type() {
            return ValueType.STRING;
        }
    }

    /** A number kept as its literal text, so {@code 10} and {@code 10.0} stay what was written. */
    record JsonNumber(String literal, Location location) implements JsonValue {
        @Override
        public ValueType type() {
            return ValueType.NUMBER;
        }
    }

    record JsonBoolean(boolean value, Location location) implements JsonValue {
        @Override
        public ValueType type() {
            return ValueType.BOOLEAN;
        }
    }

    record JsonNull(Location location) implements JsonValue {
        @Override
        public ValueType type() {
            return ValueType.NULL;
        }
    }
}
