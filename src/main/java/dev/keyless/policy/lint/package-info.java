/**
 * Offline ValidatePolicy: Access-Analyzer-compatible checks, one class each in {@code checks},
 * registered explicitly in {@link dev.keyless.policy.lint.Checks}, behind the
 * {@link dev.keyless.policy.lint.PolicyValidator} port.
 */
package dev.keyless.policy.lint;
