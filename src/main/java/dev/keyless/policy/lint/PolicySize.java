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

    static int withoutWhitespace(String text) {
        int count = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                count++;
                if (c == '\\' && i + 1 < text.length()) {
                    count++;
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                count++;
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                count++;
            }
        }
        return count;
    }
}
