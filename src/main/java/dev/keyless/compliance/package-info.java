/**
 * The reviews behind the rule book: each rule reads a stack snapshot and returns its violations,
 * in words a security reviewer can act on. Reviews find; the rule book's steps decide that any
 * violation fails the scenario.
 */
package dev.keyless.compliance;
