/**
 * The reviews behind the rule book: each rule reads a stack snapshot and returns its violations,
 * in words a security reviewer can act on. Reviews find; the rule book's steps decide that any
 * violation fails the scenario. {@link dev.keyless.compliance.StackIndex} is the one view of the stack
 * they read: resources of both AWS providers joined as AWS joins them (IAM names in any case, policies
 * to every principal they reach, settings, access points, deliveries and keys to their buckets).
 */
package dev.keyless.compliance;
