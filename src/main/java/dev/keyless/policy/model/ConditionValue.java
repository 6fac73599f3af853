package dev.keyless.policy.model;

/**
 * One value of a condition, keeping its JSON type: {@code true} and {@code "true"} are different
 * source text even where IAM compares them alike. {@code text} is the string form IAM compares.
 */
public record ConditionValue(String text, ValueType type, Location location) {}
