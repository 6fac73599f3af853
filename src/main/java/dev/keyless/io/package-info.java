/**
 * The one way keyless reads what a user hands it, and the one way it writes JSON.
 *
 * <p>Reading: files are refused before opening when they are directories, devices or FIFOs, read no
 * further than a named limit ({@link dev.keyless.io.InputLimit}) and must be UTF-8 without BOM, or are
 * refused with the byte offset ({@link dev.keyless.io.InputFile}, {@link dev.keyless.io.Utf8Text});
 * JSON refuses duplicate members and caps nesting and lengths ({@link dev.keyless.io.StrictJson}); YAML
 * refuses anchors, aliases and duplicate keys ({@link dev.keyless.io.StrictYaml}). Every refusal is one
 * line naming the input and the problem ({@link dev.keyless.io.InputException}, a
 * {@link dev.keyless.UserError}).
 *
 * <p>Writing: Jackson, in the AWS CLI's layout or compact ({@link dev.keyless.io.AwsCliJson}).
 *
 * <p>Depends on the JDK, Jackson and SnakeYAML only, so every layer, the policy engines included, can use it.
 */
package dev.keyless.io;
