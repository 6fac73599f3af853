package dev.keyless.policy.lint.checks;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * API operations whose names look like actions but are not, with the IAM action that authorizes
 * them, as AWS's API references state it. Access Analyzer explains such mistakes the same way
 * ("The action s3:ListBuckets does not exist. Did you mean s3:ListAllMyBuckets? The API called
 * ListBuckets authorizes against the IAM action s3:ListAllMyBuckets.", in AWS's
 * terraform-iam-policy-validator example report). Only operations whose documentation names the
 * action are listed; anything else gets the catalog's spelling suggestion or none.
 */
final class ApiOperations {

    private ApiOperations() {}

    private static final Map<String, String> AUTHORIZED_BY = Map.of(
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html: "you must have permissions to perform the s3:ListBucket action"
            "s3:headbucket", "s3:ListBucket",
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html: "you must have the s3:GetObject permission"
            "s3:headobject", "s3:GetObject",
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html: "you must have the s3:ListAllMyBuckets permission"
            "s3:listbuckets", "s3:ListAllMyBuckets",
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html: "you must have permission to perform the s3:ListBucket action"
            "s3:listobjectsv2", "s3:ListBucket",
            "s3:listobjects", "s3:ListBucket",
            // https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html: "you must have permission to perform the s3:ListBucketVersions action"
            "s3:listobjectversions", "s3:ListBucketVersions");

    /** The action that authorizes the API operation written as {@code service:Operation}. */
    static Optional<String> authorizingAction(String written) {
        return Optional.ofNullable(AUTHORIZED_BY.get(written.toLowerCase(Locale.ROOT)));
    }
}
