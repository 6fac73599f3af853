/**
 * Stack snapshots and where they come from: the program rendered under Pulumi mocks, a
 * {@code pulumi stack export} file (deployment version 3), or a deployed stack.
 */
package dev.keyless.stack;
