/**
 * How IAM reads typed values from their text, one implementation per fact, shared by the validator
 * ({@code policy.lint}) and the evaluator ({@code policy.eval}) so that they never give two answers to
 * one question: IP ranges ({@link dev.keyless.policy.value.IpRange}) and dates
 * ({@link dev.keyless.policy.value.IamDate}). Each has a property test against a reference.
 */
package dev.keyless.policy.value;
