/** The checks, one class per issue code (or per closely related family of codes). */
package dev.keyless.policy.lint.checks;
