/**
 * The real-world regression check of {@code make corpus}: keyless's validate-policy over every AWS
 * managed policy, judged against a checked-in baseline of ERROR findings per issue code.
 */
package dev.keyless.corpus;
