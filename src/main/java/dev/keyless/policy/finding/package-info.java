/**
 * Findings in Access Analyzer's shape and the registry of issue codes. Producing a finding and
 * deciding whether it blocks are kept apart: nothing here knows about gates.
 */
package dev.keyless.policy.finding;
