package dev.keyless.policy.catalog;

/**
 * A condition key definition: a global key ({@code aws:SourceIp}, from AWS's list of global
 * condition context keys) or one a service defines ({@code s3:prefix},
 * {@code accounts.google.com:aud} for STS).
 *
 * @param name     as AWS spells it, variable parts included ({@code aws:ResourceTag/${TagKey}})
 * @param type     the key's type; {@link ConditionKeyType#multivalued()} for {@code ArrayOf...}
 * @param service  the service prefix that defines it; {@code aws} for the global {@code aws:} keys
 * @param global   whether it is in AWS's global condition key list (usable with any action)
 * @param category for global keys, the list's grouping (principal, session, network, resource,
 *                 request); empty for service keys
 * @param template the name as a matcher for keys written with their variable parts filled in
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global condition context keys</a>
 */
public record ConditionKey(String name, ConditionKeyType type, String service, boolean global, String category,
                           KeyNameTemplate template) {

    static ConditionKey ofService(String name, ConditionKeyType type, String service) {
        return new ConditionKey(name, type, service, false, "", KeyNameTemplate.ofServiceKey(name));
    }

    static ConditionKey ofGlobal(String name, ConditionKeyType type, String category) {
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? name : name.substring(0, colon);
        return new ConditionKey(name, type, prefix, true, category, KeyNameTemplate.ofGlobalKey(name));
    }

    /** Whether a key as written in a policy ({@code aws:ResourceTag/team}) is this key. */
    public boolean matches(String key) {
        return template.matches(key);
    }

    public boolean multivalued() {
        return type.multivalued();
    }

    /** Whether the name has a part the policy fills in, such as a tag key. */
    public boolean hasVariablePart() {
        return template.hasVariable();
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }
}
