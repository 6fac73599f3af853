package dev.keyless.policy.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ARN formats with one service field ({@code s3}, {@code iam}) say about Region and
 * account, for Access Analyzer's ARN_REGION_NOT_ALLOWED, ARN_ACCOUNT_NOT_ALLOWED and
 * MISSING_ARN_REGION. A service's types can disagree (an S3 bucket ARN has no Region, an access
 * point ARN has one), so the per-type answer comes from {@link #resourceTypesMatchingResourcePart}.
 *
 * @param service       the ARN service field
 * @param resourceTypes every resource type, of any service prefix, whose format has that field
 */
public record ArnServiceRules(String service, List<ResourceType> resourceTypes) {

    public ArnServiceRules {
        resourceTypes = List.copyOf(resourceTypes);
    }

    /** Some format of this ARN service has a Region. */
    public boolean regionAllowed() {
        return resourceTypes.stream().anyMatch(t -> t.arnFormat().region().allowsValue());
    }

    /** Every format of this ARN service needs a Region. */
    public boolean regionRequired() {
        return resourceTypes.stream().noneMatch(t -> t.arnFormat().region().allowsEmpty());
    }

    /** Some format of this ARN service has an account. */
    public boolean accountAllowed() {
        return resourceTypes.stream().anyMatch(t -> t.arnFormat().account().allowsValue());
    }

    /** Every format of this ARN service needs an account. */
    public boolean accountRequired() {
        return resourceTypes.stream().noneMatch(t -> t.arnFormat().account().allowsEmpty());
    }

    /**
     * The types whose resource part (after the fifth colon) fits the policy ARN's, whatever its
     * Region and account: for {@code arn:aws:s3:us-east-1::b} the bucket type, whose Region is
     * {@link FieldUse#EMPTY}.
     */
    public List<ResourceType> resourceTypesMatchingResourcePart(String policyResourcePart) {
        ArnPattern part = ArnPattern.of(policyResourcePart);
        List<ResourceType> hits = new ArrayList<>();
        for (ResourceType t : resourceTypes) {
            if (t.arnFormat().resourcePartMatches(part)) {
                hits.add(t);
            }
        }
        return hits;
    }
}
