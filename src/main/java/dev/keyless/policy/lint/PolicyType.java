package dev.keyless.policy.lint;

/** Access Analyzer's policy types (ValidatePolicy {@code policyType}). */
public enum PolicyType {
    IDENTITY_POLICY, RESOURCE_POLICY, SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY
}
