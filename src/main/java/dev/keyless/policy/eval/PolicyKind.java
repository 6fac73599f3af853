package dev.keyless.policy.eval;

/**
 * What a policy document is used as; IAM accepts different elements in each. Identity policies and
 * permissions boundaries name no principal; resource policies must; a role trust policy names a
 * principal and no resource.
 */
enum PolicyKind {
    IDENTITY, RESOURCE, TRUST
}
