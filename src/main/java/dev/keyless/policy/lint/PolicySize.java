package dev.keyless.policy.lint;

/**
 * How IAM measures a policy against its size quotas: "IAM doesn't count white space when
 * calculating the size of a policy against these quotas." keyless reads that as the JSON's
 * formatting whitespace (between tokens); whitespace inside string values is part of the value and
 * counts, so the measure equals the length of the minified document.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS quotas</a>
 */
final class PolicySize {

    private PolicySize() {}

    /** JSON's whitespace between tokens, as a table: this runs over every character of every document. */
    private static final boolean[] WHITESPACE = new boolean[0x80];

    static {
        WHITESPACE[' '] = true;
        WHITESPACE['\t'] = true;
        WHITESPACE['\n'] = true;
        WHITESPACE['\r'] = true;
    }

    static int withoutWhitespace(String text) {
        int whitespace = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i + 1, n);
            } else if (c < 0x80 && WHITESPACE[c]) {
                whitespace++;
            }
        }
        return text.length() - whitespace;
    }

    /** The offset of the quote that closes a string whose content starts at {@code from}, or the end of the text. */
    private static int closingQuote(String text, int from, int n) {
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return n;
    }
}
