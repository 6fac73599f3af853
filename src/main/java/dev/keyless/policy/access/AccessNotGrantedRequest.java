package dev.keyless.policy.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A {@code CheckAccessNotGranted} question: may this policy grant any of these actions, or any
 * access to these resources, or (both given) any of these actions on any of these resources?
 * Duplicates are dropped, order is kept. Unlike the API, any number of actions and resources may be
 * asked; a backend that talks to AWS splits them (see {@link AccessChunk}).
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html">CheckAccessNotGranted</a>
 */
public record AccessNotGrantedRequest(String policyDocument, AccessCheckPolicyType policyType,
                                      List<String> actions, List<String> resources) {

    public AccessNotGrantedRequest {
        Objects.requireNonNull(policyDocument, "policyDocument");
        Objects.requireNonNull(policyType, "policyType");
        actions = distinct(actions);
        resources = distinct(resources);
        if (actions.isEmpty() && resources.isEmpty()) {
            throw new IllegalArgumentException("CheckAccessNotGranted needs at least one action or resource");
        }
    }

    public static AccessNotGrantedRequest actions(String policyDocument, AccessCheckPolicyType type, List<String> actions) {
        return new AccessNotGrantedRequest(policyDocument, type, actions, List.of());
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new ArrayList<>(new LinkedHashSet<>(values)));
    }
}
