package dev.keyless.policy.model;

import java.util.List;

/**
 * An {@code Action}, {@code NotAction}, {@code Resource} or {@code NotResource} element: a string or
 * an array of strings in the source ({@code array} tells which).
 */
public record ElementList(String name, List<Text> values, boolean array, Location location) {

    public ElementList {
        values = List.copyOf(values);
    }

    public boolean negated() {
        return name.startsWith("Not");
    }
}
