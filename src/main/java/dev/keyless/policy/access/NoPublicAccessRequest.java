package dev.keyless.policy.access;

import java.util.Objects;

/**
 * A {@code CheckNoPublicAccess} question: can this resource policy grant public access to a
 * resource of {@code resourceType} ({@code AccessCheckResourceType}, e.g. {@value #S3_BUCKET} or
 * {@value #ROLE_TRUST} for a role trust policy)?
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoPublicAccess.html">CheckNoPublicAccess</a>
 */
public record NoPublicAccessRequest(String policyDocument, String resourceType) {

    public static final String ROLE_TRUST = "AWS::IAM::AssumeRolePolicyDocument";
    public static final String S3_BUCKET = "AWS::S3::Bucket";

    public NoPublicAccessRequest {
        Objects.requireNonNull(policyDocument, "policyDocument");
        Objects.requireNonNull(resourceType, "resourceType");
    }

    public static NoPublicAccessRequest trust(String document) {
        return new NoPublicAccessRequest(document, ROLE_TRUST);
    }

    public static NoPublicAccessRequest bucket(String document) {
        return new NoPublicAccessRequest(document, S3_BUCKET);
    }
}
