package dev.keyless.policy.model;

/** Where something sits in a policy document: its path and its text span. */
public record Location(JsonPath path, Span span) {}
