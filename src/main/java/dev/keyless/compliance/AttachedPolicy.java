package dev.keyless.compliance;

import dev.keyless.policy.parse.ParsedPolicy;

import java.util.Optional;

/**
 * A permission policy that reaches a role. {@code via} names how (attachment, inline policy, managed
 * ARN); {@code document} is empty when the stack does not hold the policy's text, e.g. an
 * AWS-managed policy attached by ARN, which keyless cannot judge and so counts against the role.
 */
public record AttachedPolicy(String via, Optional<String> arn, Optional<ParsedPolicy> document) {}
