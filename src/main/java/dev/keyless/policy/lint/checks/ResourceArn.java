package dev.keyless.policy.lint.checks;

import java.util.Optional;

/**
 * A Resource or NotResource value split into the six fields of
 * {@code arn:partition:service:region:account:resource} (the resource field keeps its colons).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">ARN format</a>
 */
record ResourceArn(String text, String partition, String service, String region, String account, String resource) {

    static final String PREFIX = "arn:";

    /** The fields, or empty when the value is not {@code arn:} followed by five more colon-separated fields. */
    static Optional<ResourceArn> parse(String text) {
        return Optional.ofNullable(parseOrNull(text));
    }

    /**
     * As {@link #parse}, null for no ARN; the five colons found by scanning, not a regular
     * expression. A colon inside a policy variable does not separate fields: in
     * {@code arn:*:kms:*:${aws:PrincipalAccount}:key/*} (AmazonTimestreamInfluxDBServiceRolePolicy) the
     * variable is the whole account field, as IAM substitutes it before matching.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">IAM policy elements: variables and tags</a>
     */
    static ResourceArn parseOrNull(String text) {
        if (!text.startsWith(PREFIX)) {
            return null;
        }
        int c1 = PREFIX.length() - 1;
        int c2 = colon(text, c1 + 1);
        int c3 = c2 < 0 ? -1 : colon(text, c2 + 1);
        int c4 = c3 < 0 ? -1 : colon(text, c3 + 1);
        int c5 = c4 < 0 ? -1 : colon(text, c4 + 1);
        if (c5 < 0) {
            return null;
        }
        return new ResourceArn(text, text.substring(c1 + 1, c2), text.substring(c2 + 1, c3), text.substring(c3 + 1, c4),
                text.substring(c4 + 1, c5), text.substring(c5 + 1));
    }

    /** The next colon at or after {@code from} outside a {@code ${...}} policy variable, or -1. */
    private static int colon(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    return text.indexOf(':', i);
                }
                i = close;
            }
        }
        return -1;
    }

    /**
     * True for a field written as plain text: no {@code *} or {@code ?} wildcard and no policy
     * variable. Only such a field can be judged; a pattern may stand for any value.
     */
    static boolean literal(String field) {
        return field.indexOf('*') < 0 && field.indexOf('?') < 0 && field.indexOf('$') < 0;
    }
}
