package dev.keyless.policy.lint;

import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;

/** Locations for findings about something that is absent, which has no text of its own. */
public final class Locations {

    private Locations() {}

    /**
     * The first character of {@code where} (the opening brace of an object), under {@code path}:
     * a missing element is reported where it belongs, without marking the whole object.
     */
    public static Location opening(JsonPath path, Location where) {
        Position start = where.span().start();
        return new Location(path, new Span(start, new Position(start.line(), start.column() + 1, start.offset() + 1)));
    }

    public static Location opening(Location where) {
        return opening(where.path(), where);
    }
}
