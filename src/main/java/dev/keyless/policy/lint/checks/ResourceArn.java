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
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] f = text.split(":", 6);
        if (f.length < 6) {
            return Optional.empty();
        }
        return Optional.of(new ResourceArn(text, f[1], f[2], f[3], f[4], f[5]));
    }

    static int fieldCount(String text) {
        return text.split(":", 6).length;
    }

    /**
     * True for a field written as plain text: no {@code *} or {@code ?} wildcard and no policy
     * variable. Only such a field can be judged; a pattern may stand for any value.
     */
    static boolean literal(String field) {
        return field.indexOf('*') < 0 && field.indexOf('?') < 0 && field.indexOf('$') < 0;
    }
}
