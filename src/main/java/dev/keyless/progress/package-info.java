/**
 * Progress of long runs (the rule book, a live run, a batch simulation) on a terminal: one line on
 * stderr, rewritten in place, only when stderr is a terminal, so logs, pipes and CI output never
 * get carriage returns. {@code bin/keyless} tells the JVM whether stderr is a terminal (Java 17
 * cannot see it) with {@code -Dkeyless.stderr-tty=true}.
 */
package dev.keyless.progress;
