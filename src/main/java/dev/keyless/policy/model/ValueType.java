package dev.keyless.policy.model;

/** The JSON type a value had in the source text; kept because IAM treats them differently. */
public enum ValueType {
    STRING, NUMBER, BOOLEAN, NULL, ARRAY, OBJECT;
}
