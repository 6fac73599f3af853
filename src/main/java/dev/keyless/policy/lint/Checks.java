package dev.keyless.policy.lint;

import dev.keyless.policy.lint.checks.ActionNameCheck;
import dev.keyless.policy.lint.checks.ActionServiceCheck;
import dev.keyless.policy.lint.checks.AllowWithNotActionCheck;
import dev.keyless.policy.lint.checks.AllowWithNotPrincipalCheck;
import dev.keyless.policy.lint.checks.AllowWithNotResourceCheck;
import dev.keyless.policy.lint.checks.ArnResourceTypeCheck;
import dev.keyless.policy.lint.checks.ArnSyntaxCheck;
import dev.keyless.policy.lint.checks.AudienceClaimTypeCheck;
import dev.keyless.policy.lint.checks.BinaryValueCheck;
import dev.keyless.policy.lint.checks.BooleanValueCheck;
import dev.keyless.policy.lint.checks.ConditionKeyCheck;
import dev.keyless.policy.lint.checks.ConditionOperatorCheck;
import dev.keyless.policy.lint.checks.ConditionTypeMismatchCheck;
import dev.keyless.policy.lint.checks.DateValueCheck;
import dev.keyless.policy.lint.checks.DuplicateConditionKeyCaseCheck;
import dev.keyless.policy.lint.checks.EffectCheck;
import dev.keyless.policy.lint.checks.ElementCombinationCheck;
import dev.keyless.policy.lint.checks.EmptyArrayCheck;
import dev.keyless.policy.lint.checks.EmptyConditionCheck;
import dev.keyless.policy.lint.checks.EmptyPrincipalCheck;
import dev.keyless.policy.lint.checks.EmptySidCheck;
import dev.keyless.policy.lint.checks.FederatedPrincipalPolicyTypeCheck;
import dev.keyless.policy.lint.checks.FederatedPrincipalSyntaxCheck;
import dev.keyless.policy.lint.checks.GithubTrustCheck;
import dev.keyless.policy.lint.checks.GoogleTrustOperatorCheck;
import dev.keyless.policy.lint.checks.GoogleTrustPinsCheck;
import dev.keyless.policy.lint.checks.IfExistsOnAlwaysPresentKeyCheck;
import dev.keyless.policy.lint.checks.InvalidVersionCheck;
import dev.keyless.policy.lint.checks.IpAddressValueCheck;
import dev.keyless.policy.lint.checks.MismatchedTrustActionCheck;
import dev.keyless.policy.lint.checks.MissingActionCheck;
import dev.keyless.policy.lint.checks.MissingPrincipalCheck;
import dev.keyless.policy.lint.checks.MissingResourceCheck;
import dev.keyless.policy.lint.checks.MissingStatementCheck;
import dev.keyless.policy.lint.checks.MissingVersionCheck;
import dev.keyless.policy.lint.checks.NullOperatorCheck;
import dev.keyless.policy.lint.checks.NumericValueCheck;
import dev.keyless.policy.lint.checks.OidcPrincipalConditionCheck;
import dev.keyless.policy.lint.checks.PassRoleWildcardCheck;
import dev.keyless.policy.lint.checks.PolicySizeQuotaCheck;
import dev.keyless.policy.lint.checks.PolicyVariablePlacementCheck;
import dev.keyless.policy.lint.checks.PolicyVariableSyntaxCheck;
import dev.keyless.policy.lint.checks.PrivateSourceIpCheck;
import dev.keyless.policy.lint.checks.PrincipalFormatCheck;
import dev.keyless.policy.lint.checks.PrincipalWildcardCheck;
import dev.keyless.policy.lint.checks.RedundantActionCheck;
import dev.keyless.policy.lint.checks.ResourceMismatchCheck;
import dev.keyless.policy.lint.checks.ResourcePolicyScopeCheck;
import dev.keyless.policy.lint.checks.SetQualifierCheck;
import dev.keyless.policy.lint.checks.TrustPolicyNotPrincipalCheck;
import dev.keyless.policy.lint.checks.TrustPolicyResourceCheck;
import dev.keyless.policy.lint.checks.TrustWildcardPrincipalCheck;
import dev.keyless.policy.lint.checks.UniqueSidsCheck;
import dev.keyless.policy.lint.checks.UnsupportedCharacterCheck;
import dev.keyless.policy.lint.checks.UnsupportedPrincipalCheck;
import dev.keyless.policy.lint.checks.UnsupportedSidCheck;
import dev.keyless.policy.lint.checks.ValidatePolicyMaximumCheck;
import dev.keyless.policy.lint.checks.WildcardPrincipalCheck;
import dev.keyless.policy.lint.checks.WildcardWithoutLikeOperatorCheck;

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
                new ResourceMismatchCheck(),
                new ResourcePolicyScopeCheck());
    }

    /** Condition operators, keys and values. */
    static List<PolicyCheck> conditions() {
        // conditions
        return List.of(
                new ConditionOperatorCheck(),
                new NullOperatorCheck(),
                new ConditionKeyCheck(),
                new DuplicateConditionKeyCaseCheck(),
                new ConditionTypeMismatchCheck(),
                new SetQualifierCheck(),
                new IfExistsOnAlwaysPresentKeyCheck(),
                new EmptyConditionCheck(),
                new BooleanValueCheck(),
                new NumericValueCheck(),
                new DateValueCheck(),
                new IpAddressValueCheck(),
                new PrivateSourceIpCheck(),
                new BinaryValueCheck(),
                new WildcardWithoutLikeOperatorCheck(),
                new PolicyVariableSyntaxCheck(),
                new PolicyVariablePlacementCheck(),
                new AudienceClaimTypeCheck());
    }

    /** Overly permissive grants (SECURITY_WARNING) and principals IAM does not accept. */
    static List<PolicyCheck> security() {
        // security
        return List.of(
                new PassRoleWildcardCheck(),
                new AllowWithNotPrincipalCheck(),
                new AllowWithNotActionCheck(),
                new AllowWithNotResourceCheck(),
                new WildcardPrincipalCheck(),
                new PrincipalFormatCheck(),
                new PrincipalWildcardCheck(),
                new FederatedPrincipalPolicyTypeCheck());
    }

    /** Role trust policies: principals, the actions that go with them, federation conditions. */
    static List<PolicyCheck> trust() {
        // role trust
        return List.of(
                new TrustWildcardPrincipalCheck(),
                new TrustPolicyNotPrincipalCheck(),
                new TrustPolicyResourceCheck(),
                new FederatedPrincipalSyntaxCheck(),
                new MismatchedTrustActionCheck(),
                new OidcPrincipalConditionCheck(),
                new GoogleTrustPinsCheck(),
                new GoogleTrustOperatorCheck(),
                new GithubTrustCheck());
    }
}
