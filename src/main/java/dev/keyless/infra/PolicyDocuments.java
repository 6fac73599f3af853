package dev.keyless.infra;

import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamPrincipalType;

/**
 * The three IAM documents the program deploys, built with AWS's iam-policy-builder so that no
 * value is ever spliced into JSON text. The builder writes a lone statement as an object and a
 * lone value as a string, both valid IAM grammar (IAM User Guide, "IAM JSON policy grammar").
 */
public final class PolicyDocuments {

    /** The web-identity provider AWS trusts natively for Google-issued ID tokens. */
    public static final String GOOGLE = "accounts.google.com";

    private PolicyDocuments() {}

    /**
     * Read-only access to one bucket: listing it and reading its objects. HeadBucket and HeadObject
     * need nothing more: S3 authorizes them with s3:ListBucket and s3:GetObject (there is no
     * s3:HeadBucket action in the Service Authorization Reference).
     */
    public static String readOnly(String bucketArn) {
        return IamPolicy.builder()
                .addStatement(s -> s.sid("ListTheBucket").effect(IamEffect.ALLOW)
                        .addAction("s3:ListBucket").addResource(bucketArn))
                .addStatement(s -> s.sid("ReadItsObjects").effect(IamEffect.ALLOW)
                        .addAction("s3:GetObject").addResource(bucketArn + "/*"))
                .build()
                .toJson();
    }

    /**
     * Who may assume the role: tokens Google issued to one service account, for one audience.
     * {@code :aud} is the token's azp (the service account's unique id) and {@code :sub} its sub
     * (the same id); {@code :oaud} is the token's aud, the audience the workload asked for
     * (IAM User Guide, "Available keys for AWS web identity federation"). Pinning all three keeps
     * out other accounts' tokens and tokens this account minted for other services.
     */
    public static String trust(String serviceAccountUniqueId, String tokenAudience) {
        return IamPolicy.builder()
                .addStatement(s -> s.sid("OneGoogleServiceAccount").effect(IamEffect.ALLOW)
                        .addPrincipal(IamPrincipalType.FEDERATED, GOOGLE)
                        .addAction("sts:AssumeRoleWithWebIdentity")
                        .addCondition(IamConditionOperator.STRING_EQUALS, GOOGLE + ":aud", serviceAccountUniqueId)
                        .addCondition(IamConditionOperator.STRING_EQUALS, GOOGLE + ":sub", serviceAccountUniqueId)
                        .addCondition(IamConditionOperator.STRING_EQUALS, GOOGLE + ":oaud", tokenAudience))
                .build()
                .toJson();
    }

    /**
     * Refuses every request to the bucket that does not use TLS (AWS Security Hub control S3.5).
     * It only denies: it grants nobody anything.
     */
    public static String tlsOnly(String bucketArn) {
        return IamPolicy.builder()
                .addStatement(s -> s.sid("DenyInsecureTransport").effect(IamEffect.DENY)
                        .addPrincipal(IamPrincipal.ALL)
                        .addAction("s3:*")
                        .addResource(bucketArn).addResource(bucketArn + "/*")
                        .addCondition(IamConditionOperator.BOOL, "aws:SecureTransport", "false"))
                .build()
                .toJson();
    }
}
