package dev.keyless.policy.model;

import java.util.List;
import java.util.Optional;

/**
 * A policy document as written, with every element's location. {@code statementArray} tells whether
 * {@code Statement} was an array or a single object (both are valid IAM).
 */
public record Policy(
        Optional<Text> version,
        Optional<Text> id,
        List<Statement> statements,
        boolean statementArray,
        Optional<Location> statementLocation,
        Location location) {

    public static final String VERSION_2012 = "2012-10-17";
    public static final String VERSION_2008 = "2008-10-17";

    public Policy {
        statements = List.copyOf(statements);
    }

    /** Policy variables are only substituted under 2012-10-17 (IAM User Guide, "Policy variables"). */
    public boolean supportsVariables() {
        return version.map(v -> v.value().equals(VERSION_2012)).orElse(false);
    }
}
