package dev.keyless.policy.lint;

import dev.keyless.policy.lint.checks.MissingVersionCheck;

import java.util.List;

/** The registry of checks, in the order they run. Adding a check means adding it here. */
public final class Checks {

    private Checks() {}

    public static List<PolicyCheck> all() {
        return List.of(
                new MissingVersionCheck());
    }
}
