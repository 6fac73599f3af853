/**
 * ValidatePolicy's JSON shapes for batches: {@code validate-policy --batch} reads one request per
 * line and answers each in input order ({@link dev.keyless.policy.lint.wire.BatchValidation}), on the
 * shared machinery of {@link dev.keyless.policy.jsonl}. Pure Jackson, no SDK.
 */
package dev.keyless.policy.lint.wire;
