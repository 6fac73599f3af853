/**
 * Benchmarks as plain main classes (run by {@code make bench}); each prints one line per figure.
 * Performance goals live here, never in timed unit tests.
 */
package dev.keyless.bench;
