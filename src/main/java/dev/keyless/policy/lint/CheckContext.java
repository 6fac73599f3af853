package dev.keyless.policy.lint;

import dev.keyless.policy.model.Policy;
import dev.keyless.policy.parse.ParsedPolicy;

/** What every check sees: the request, the parsed document and its model. */
public record CheckContext(ValidateRequest request, ParsedPolicy parsed, Policy policy) {

    public boolean isIdentityPolicy() {
        return request.policyType() == PolicyType.IDENTITY_POLICY;
    }

    public boolean isResourcePolicy() {
        return request.policyType() == PolicyType.RESOURCE_POLICY;
    }

    public boolean isRoleTrustPolicy() {
        return request.isRoleTrustPolicy();
    }
}
