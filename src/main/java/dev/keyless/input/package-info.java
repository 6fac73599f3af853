/**
 * The one way keyless reads what a user hands it: files (refused before opening when they are
 * directories, devices or FIFOs; read no further than a named limit; UTF-8 without BOM, or refused
 * with the byte offset), JSON (duplicate members refused, nesting and lengths capped) and YAML
 * (anchors, aliases and duplicate keys refused). Every refusal is one line naming the input and the
 * problem ({@link dev.keyless.input.InputException}, a {@link dev.keyless.UserError}). Depends on the
 * JDK and Jackson only, so every layer, the policy engines included, can use it.
 */
package dev.keyless.input;
