package dev.keyless.compliance;

import java.util.Optional;

/**
 * An S3 ARN (or pattern) split where a bucket ARN ends: {@code arn:PARTITION:s3:::BUCKET} and the object
 * key after the first slash, if any. S3 bucket ARNs carry no region or account, and a bucket name holds
 * no slash. A value without {@code :::} is not split (its bucket part is the whole value).
 *
 * @param bucketArn the part before the key: {@code arn:aws:s3:::BUCKET}
 * @param key       the object key or key pattern after the slash
 */
public record S3Arn(String bucketArn, Optional<String> key) {

    public static S3Arn of(String resource) {
        int colons = resource.indexOf(":::");
        int slash = colons < 0 ? -1 : resource.indexOf('/', colons + 3);
        return slash < 0 ? new S3Arn(resource, Optional.empty())
                : new S3Arn(resource.substring(0, slash), Optional.of(resource.substring(slash + 1)));
    }

    /** The text before {@code :::} ({@code arn:aws:s3}), or empty when the value has none. */
    public Optional<String> service() {
        int colons = bucketArn.indexOf(":::");
        return colons < 0 ? Optional.empty() : Optional.of(bucketArn.substring(0, colons));
    }

    /** The bucket name (or pattern) after {@code :::}, or empty when the value has none. */
    public Optional<String> bucket() {
        int colons = bucketArn.indexOf(":::");
        return colons < 0 ? Optional.empty() : Optional.of(bucketArn.substring(colons + 3));
    }
}
