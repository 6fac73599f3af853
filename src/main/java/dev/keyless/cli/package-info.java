/** The {@code keyless} command line: one picocli class per verb, AWS-shaped JSON in and out. */
package dev.keyless.cli;
