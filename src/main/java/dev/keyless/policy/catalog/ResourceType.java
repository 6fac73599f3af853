package dev.keyless.policy.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resource type of a service, such as S3's {@code object}.
 *
 * @param service       the service prefix whose table lists it ({@code s3})
 * @param name          as AWS spells it ({@code object}, {@code accesspoint})
 * @param arnFormat     its ARN format
 * @param conditionKeys the keys the Service Authorization Reference lists for the resource type
 */
public record ResourceType(String service, String name, ArnFormat arnFormat, List<ConditionKey> conditionKeys) {

    public ResourceType {
        conditionKeys = List.copyOf(conditionKeys);
    }

    /** Whether the policy resource (an ARN, possibly with wildcards) could name one of these. */
    public boolean matches(ArnPattern resource) {
        return arnFormat.matches(resource);
    }

    public boolean matches(String resource) {
        return arnFormat.matches(resource);
    }

    /** This type's definition of a key as written in a policy, ignoring case. */
    public Optional<ConditionKey> conditionKey(String key) {
        return ConditionKeys.find(conditionKeys, key.toLowerCase(Locale.ROOT));
    }

    /** One definition per service and name. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceType other && other.service.equals(service) && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return service.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return service + " " + name + " " + arnFormat;
    }
}
