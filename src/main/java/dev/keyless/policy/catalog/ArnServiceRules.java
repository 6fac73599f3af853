package dev.keyless.policy.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ARN formats with one service field ({@code s3}, {@code iam}) say about Region and
 * account, for Access Analyzer's ARN_REGION_NOT_ALLOWED, ARN_ACCOUNT_NOT_ALLOWED and
 * MISSING_ARN_REGION. A service's types can disagree (an S3 bucket ARN has no Region, an access
 * point ARN has one), so the per-type answer comes from {@link #resourceTypesMatchingResourcePart}.
 *
 * <p>Immutable; a class rather than a record because it holds a lookup index: a policy ARN's
 * resource part is tried only against the types whose format could start like it.
 */
public final class ArnServiceRules {

    private static final int ASCII = 128;

    private final String service;
    private final List<ResourceType> resourceTypes;
    /** Indexes of every type, in order: for a resource part whose literal start is empty or not ASCII. */
    private final int[] all;
    /**
     * By the first character of a policy resource part's literal start: the indexes, in order, of
     * the types whose format's literal start is empty or begins with that character. Any other type
     * fails {@link ArnFormat#resourcePartMatches}'s literal-start test anyway.
     */
    private final int[][] byFirstChar;

    /**
     * @param service       the ARN service field
     * @param resourceTypes every resource type, of any service prefix, whose format has that field
     */
    public ArnServiceRules(String service, List<ResourceType> resourceTypes) {
        this.service = service;
        this.resourceTypes = List.copyOf(resourceTypes);
        int n = this.resourceTypes.size();
        this.all = new int[n];
        int[] counts = new int[ASCII];
        for (int i = 0; i < n; i++) {
            all[i] = i;
            String start = this.resourceTypes.get(i).arnFormat().resourcePartStart();
            for (int c = 0; c < ASCII; c++) {
                if (start.isEmpty() || start.charAt(0) == c) {
                    counts[c]++;
                }
            }
        }
        this.byFirstChar = new int[ASCII][];
        for (int c = 0; c < ASCII; c++) {
            byFirstChar[c] = new int[counts[c]];
        }
        int[] filled = new int[ASCII];
        for (int i = 0; i < n; i++) {
            String start = this.resourceTypes.get(i).arnFormat().resourcePartStart();
            for (int c = 0; c < ASCII; c++) {
                if (start.isEmpty() || start.charAt(0) == c) {
                    byFirstChar[c][filled[c]++] = i;
                }
            }
        }
    }

    /** The ARN service field. */
    public String service() {
        return service;
    }

    /** Every resource type, of any service prefix, whose format has that field. */
    public List<ResourceType> resourceTypes() {
        return resourceTypes;
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
        return resourceTypesMatchingResourcePart(ArnPattern.of(policyResourcePart));
    }

    /** As {@link #resourceTypesMatchingResourcePart(String)}, for a resource part already compiled. */
    public List<ResourceType> resourceTypesMatchingResourcePart(ArnPattern part) {
        String start = part.literalPrefix();
        int[] candidates = start.isEmpty() || start.charAt(0) >= ASCII ? all : byFirstChar[start.charAt(0)];
        List<ResourceType> hits = new ArrayList<>(2);
        for (int i : candidates) {
            ResourceType t = resourceTypes.get(i);
            if (t.arnFormat().resourcePartMatches(part)) {
                hits.add(t);
            }
        }
        return hits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArnServiceRules other && other.service.equals(service) && other.resourceTypes.equals(resourceTypes);
    }

    @Override
    public int hashCode() {
        return service.hashCode() * 31 + resourceTypes.hashCode();
    }

    @Override
    public String toString() {
        return "ArnServiceRules[service=" + service + ", resourceTypes=" + resourceTypes + "]";
    }
}
