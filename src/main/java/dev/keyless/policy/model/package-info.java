/**
 * The policy model: immutable records for a policy document as written, each value with the path
 * and span Access Analyzer would report for it. No parsing and no judgement live here.
 */
package dev.keyless.policy.model;
