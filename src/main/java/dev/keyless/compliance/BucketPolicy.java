package dev.keyless.compliance;

import dev.keyless.policy.parse.ParsedPolicy;

import java.util.Optional;

/**
 * A bucket policy of the stack. {@code label} names where it comes from; {@code document} is empty
 * when the stack holds no readable text for it, which a rule must count against the stack.
 */
public record BucketPolicy(String label, Optional<ParsedPolicy> document) {}
