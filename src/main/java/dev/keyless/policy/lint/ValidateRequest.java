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

    /**
     * A request from its parameters as ValidatePolicy takes them, checked as the API checks them:
     * a known policy type, and a resource type only with RESOURCE_POLICY and only one of
     * {@link #RESOURCE_TYPES}. {@code parameter} names the parameters in messages (the CLI's option
     * names or the API's member names).
     *
     * @throws IllegalArgumentException with a message that says what to write instead
     */
    public static ValidateRequest of(String document, String policyType, String resourceType,
                                     java.util.function.UnaryOperator<String> parameter) {
        PolicyType type;
        try {
            type = PolicyType.valueOf(policyType);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter.apply("policyType") + " must be one of "
                    + java.util.Arrays.toString(PolicyType.values()).replaceAll("[\\[\\]]", "") + ", not " + policyType);
        }
        if (resourceType != null) {
            if (type != PolicyType.RESOURCE_POLICY) {
                throw new IllegalArgumentException(parameter.apply("validatePolicyResourceType") + " goes with "
                        + parameter.apply("policyType") + " RESOURCE_POLICY only (not " + type + "), as in ValidatePolicy");
            }
            if (!RESOURCE_TYPES.contains(resourceType)) {
                throw new IllegalArgumentException(parameter.apply("validatePolicyResourceType") + " must be one of "
                        + String.join(", ", RESOURCE_TYPES) + ", not " + resourceType);
            }
        }
        return new ValidateRequest(document, type, Optional.ofNullable(resourceType));
    }

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
