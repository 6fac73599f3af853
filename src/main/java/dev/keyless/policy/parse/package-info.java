/**
 * Reading policy text: a strict JSON reader that keeps positions, and the reader that turns the
 * tree into the policy model, reporting defects of form as findings.
 */
package dev.keyless.policy.parse;
