package dev.keyless.policy.access;

/**
 * Access Analyzer's {@code AccessCheckPolicyType}: the custom checks take only these two, unlike
 * ValidatePolicy, which also knows service and resource control policies. A role trust policy is a
 * {@code RESOURCE_POLICY}.
 */
public enum AccessCheckPolicyType {
    IDENTITY_POLICY, RESOURCE_POLICY
}
