package dev.keyless.policy.model;

import java.util.List;

/**
 * A {@code Principal} or {@code NotPrincipal} element. {@code "Principal": "*"} is {@code wildcard};
 * otherwise {@code entries} holds one entry per principal type.
 */
public record PrincipalElement(String name, boolean wildcard, List<PrincipalEntry> entries, Location location) {

    public PrincipalElement {
        entries = List.copyOf(entries);
    }

    public boolean negated() {
        return name.equals("NotPrincipal");
    }
}
