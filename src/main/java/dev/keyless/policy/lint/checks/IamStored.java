package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.CheckContext;

/** Which policies IAM itself stores, and so judges by IAM's own grammar rules for Sid. */
final class IamStored {

    private IamStored() {}

    /** Identity policies and role trust policies. */
    static boolean policy(CheckContext context) {
        return context.isIdentityPolicy() || context.isRoleTrustPolicy();
    }
}
