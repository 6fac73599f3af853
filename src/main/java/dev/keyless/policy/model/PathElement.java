package dev.keyless.policy.model;

/**
 * One step of a location path, with Access Analyzer's four shapes: {@code index} into an array,
 * {@code key} (the member name itself), {@code value} (the value of a named member) and
 * {@code substring} of a string.
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_PathElement.html">PathElement</a>
 */
public sealed interface PathElement {

    record Index(int index) implements PathElement {}

    record Key(String key) implements PathElement {}

    record Value(String value) implements PathElement {}

    record Substring(int start, int length) implements PathElement {}
}
