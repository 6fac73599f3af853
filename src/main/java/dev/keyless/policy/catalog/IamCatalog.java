package dev.keyless.policy.catalog;

import java.util.List;
import java.util.Optional;

/**
 * AWS's IAM vocabulary: services, actions, resource types and condition keys, from the Service
 * Authorization Reference (see {@link #source()}). The built-in instance is read once from the
 * classpath; it and everything it returns are immutable and safe to share between threads.
 *
 * <p>Case rules follow IAM: service prefixes and action names ignore case ("iam:ListAccessKeys is
 * the same as IAM:listaccesskeys"), condition key names ignore case, ARNs do not. Access
 * Analyzer nonetheless reports a service prefix written in the wrong case in some places, so
 * {@link #service(String)} is exact and {@link #serviceIgnoringCase(String)} is not.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM JSON policy elements: Action</a>
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Service Authorization Reference</a>
 */
public interface IamCatalog {

    /** The catalog committed with keyless, loaded on first use. */
    static IamCatalog builtIn() {
        return BuiltInCatalog.INSTANCE;
    }

    /** The npm package and version the data came from. */
    CatalogSource source();

    /** Every service, ordered by prefix. */
    List<Service> services();

    /** A service by its exact prefix ({@code s3}; {@code S3} is not found). */
    Optional<Service> service(String prefix);

    /** A service by prefix, ignoring case. */
    Optional<Service> serviceIgnoringCase(String prefix);

    /** An action by {@code service:Name}, ignoring case; the result has AWS's spelling. */
    Optional<Action> action(String fullName);

    /**
     * The actions an Action-element value names: {@code *} for any run of characters, {@code ?}
     * for one, ignoring case ({@code s3:Get*}, {@code s3:*Object}, {@code *}, {@code S3:GETOBJECT}).
     * Empty when it names none. Ordered by service prefix, then action name.
     */
    List<Action> expand(String actionPattern);

    /** Whether {@link #expand} would find anything, answered without listing the actions. */
    default boolean anyActionMatches(String actionPattern) {
        return !expand(actionPattern).isEmpty();
    }

    /**
     * A close service prefix for one that does not exist ({@code s4} gives {@code s3}; a prefix in
     * the wrong case gives the right one). Approach in {@link Suggestions}.
     */
    Optional<String> suggestService(String unknownPrefix);

    /**
     * A close action for {@code service:Name} that does not exist, by AWS's spelling
     * ({@code s3:GetObjcet} gives {@code s3:GetObject}): first a near name in the same service,
     * else the same name in exactly one other service ({@code s3:AssumeRoleWithWebIdentity} gives
     * {@code sts:AssumeRoleWithWebIdentity}). Empty when nothing is close or the service is unknown.
     */
    Optional<String> suggestAction(String unknownFullName);

    /** Every global condition key ({@code aws:SourceIp}, ...), ordered by name. */
    List<ConditionKey> globalConditionKeys();

    /** A global key as written in a policy ({@code aws:PrincipalTag/team}), ignoring case. */
    Optional<ConditionKey> globalConditionKey(String key);

    /**
     * Any key as written in a policy, ignoring case: a global key, or one a service defines
     * ({@code s3:ExistingObjectTag/classification}, {@code accounts.google.com:aud}).
     */
    Optional<ConditionKey> conditionKey(String key);

    /**
     * The services that define keys with this prefix (the text before the first colon), ignoring
     * case: {@code s3} for {@code s3}, {@code sts} for {@code accounts.google.com}. Empty for an
     * unknown prefix (Access Analyzer: INVALID_SERVICE rather than INVALID_SERVICE_CONDITION_KEY).
     * {@code aws} has no owner: its keys are global.
     */
    List<Service> conditionKeyOwners(String prefix);

    /** Region and account rules for ARNs with this service field ({@code s3}, {@code iam}), exact case. */
    Optional<ArnServiceRules> arnService(String arnService);
}
