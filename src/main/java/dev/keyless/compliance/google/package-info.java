/**
 * How the reviews read the Google side of a stack: the workload's service accounts and every string
 * that names them, IAM grants at every level (gcp and google-native provider shapes), custom roles,
 * the reviewed minters the stack exports, the VM that runs as the account, its metadata and the
 * firewall rules that reach it. These classes only read; {@code dev.keyless.compliance} judges.
 */
package dev.keyless.compliance.google;
