package dev.keyless.policy.model;

/** A string taken from a policy, with where it came from. */
public record Text(String value, Location location) {}
