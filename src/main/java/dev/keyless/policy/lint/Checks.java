package dev.keyless.policy.lint;

import dev.keyless.policy.lint.checks.MissingVersionCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry of checks, in the order they run. Adding a check means adding one line to the
 * group it belongs to; the groups only keep the list readable (and merges quiet), the order of
 * findings is the document's.
 */
public final class Checks {

    private Checks() {}

    public static List<PolicyCheck> all() {
        List<PolicyCheck> all = new ArrayList<>();
        all.addAll(grammar());
        all.addAll(actions());
        all.addAll(resources());
        all.addAll(conditions());
        all.addAll(security());
        all.addAll(trust());
        return List.copyOf(all);
    }

    /** Document shape: Version, Statement, Sid, Effect, the required elements, sizes. */
    static List<PolicyCheck> grammar() {
        return List.of(
                new MissingVersionCheck());
    }

    /** Action and NotAction values against the IAM catalog. */
    static List<PolicyCheck> actions() {
        return List.of();
    }

    /** Resource and NotResource ARNs, and whether they fit the statement's actions. */
    static List<PolicyCheck> resources() {
        return List.of();
    }

    /** Condition operators, keys and values. */
    static List<PolicyCheck> conditions() {
        return List.of();
    }

    /** Overly permissive grants (SECURITY_WARNING). */
    static List<PolicyCheck> security() {
        return List.of();
    }

    /** Role trust policies: principals, the actions that go with them, federation conditions. */
    static List<PolicyCheck> trust() {
        return List.of();
    }
}
