package dev.keyless.policy.lint;

import dev.keyless.policy.lint.checks.ActionNameCheck;
import dev.keyless.policy.lint.checks.ActionServiceCheck;
import dev.keyless.policy.lint.checks.ArnResourceTypeCheck;
import dev.keyless.policy.lint.checks.ArnSyntaxCheck;
import dev.keyless.policy.lint.checks.EffectCheck;
import dev.keyless.policy.lint.checks.ElementCombinationCheck;
import dev.keyless.policy.lint.checks.EmptyArrayCheck;
import dev.keyless.policy.lint.checks.EmptyPrincipalCheck;
import dev.keyless.policy.lint.checks.EmptySidCheck;
import dev.keyless.policy.lint.checks.InvalidVersionCheck;
import dev.keyless.policy.lint.checks.MissingActionCheck;
import dev.keyless.policy.lint.checks.MissingPrincipalCheck;
import dev.keyless.policy.lint.checks.MissingResourceCheck;
import dev.keyless.policy.lint.checks.MissingStatementCheck;
import dev.keyless.policy.lint.checks.MissingVersionCheck;
import dev.keyless.policy.lint.checks.PolicySizeQuotaCheck;
import dev.keyless.policy.lint.checks.RedundantActionCheck;
import dev.keyless.policy.lint.checks.ResourceMismatchCheck;
import dev.keyless.policy.lint.checks.UniqueSidsCheck;
import dev.keyless.policy.lint.checks.UnsupportedCharacterCheck;
import dev.keyless.policy.lint.checks.UnsupportedPrincipalCheck;
import dev.keyless.policy.lint.checks.UnsupportedSidCheck;
import dev.keyless.policy.lint.checks.ValidatePolicyMaximumCheck;

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
                new MissingVersionCheck(),
                new InvalidVersionCheck(),
                new MissingStatementCheck(),
                new EffectCheck(),
                new MissingActionCheck(),
                new MissingResourceCheck(),
                new MissingPrincipalCheck(),
                new UnsupportedPrincipalCheck(),
                new ElementCombinationCheck(),
                new EmptySidCheck(),
                new UnsupportedSidCheck(),
                new UniqueSidsCheck(),
                new EmptyArrayCheck(),
                new EmptyPrincipalCheck(),
                new PolicySizeQuotaCheck(),
                new ValidatePolicyMaximumCheck(),
                new UnsupportedCharacterCheck());
    }

    /** Action and NotAction values against the IAM catalog. */
    static List<PolicyCheck> actions() {
        return List.of(
                new ActionServiceCheck(),
                new ActionNameCheck(),
                new RedundantActionCheck());
    }

    /** Resource and NotResource ARNs, and whether they fit the statement's actions. */
    static List<PolicyCheck> resources() {
        return List.of(
                new ArnSyntaxCheck(),
                new ArnResourceTypeCheck(),
                new ResourceMismatchCheck());
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
