package dev.keyless.policy.lint;

import java.util.List;
import java.util.Optional;

/**
 * What ValidatePolicy is asked: the document, its type, and for resource policies optionally the
 * resource type ({@code AWS::IAM::AssumeRolePolicyDocument} for a role trust policy,
 * {@code AWS::S3::Bucket} for a bucket policy, ...).
 */
public record ValidateRequest(String policyDocument, PolicyType policyType, Optional<String> resourceType) {

    public static final String ROLE_TRUST = "AWS::IAM::AssumeRolePolicyDocument";
    public static final String S3_BUCKET = "AWS::S3::Bucket";

    /** The values ValidatePolicy accepts for {@code validatePolicyResourceType} (botocore model 2019-11-01). */
    public static final List<String> RESOURCE_TYPES = List.of(S3_BUCKET, "AWS::S3::AccessPoint",
            "AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", ROLE_TRUST, "AWS::DynamoDB::Table");

    public static ValidateRequest identity(String document) {
        return new ValidateRequest(document, PolicyType.IDENTITY_POLICY, Optional.empty());
    }

    public static ValidateRequest trust(String document) {
        return new ValidateRequest(document, PolicyType.RESOURCE_POLICY, Optional.of(ROLE_TRUST));
    }

    public static ValidateRequest bucket(String document) {
        return new ValidateRequest(document, PolicyType.RESOURCE_POLICY, Optional.of(S3_BUCKET));
    }

    public boolean isRoleTrustPolicy() {
        return policyType == PolicyType.RESOURCE_POLICY && resourceType.filter(ROLE_TRUST::equals).isPresent();
    }
}
