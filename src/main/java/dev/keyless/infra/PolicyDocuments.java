package dev.keyless.infra;

import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamPrincipalType;

import java.util.List;
import java.util.Optional;

/**
 * The IAM documents the program deploys, built with AWS's iam-policy-builder so that no
 * value is ever spliced into JSON text. The builder writes a lone statement as an object and a
 * lone value as a string, both valid IAM grammar (IAM User Guide, "IAM JSON policy grammar").
 */
public final class PolicyDocuments {

    /** The web-identity provider AWS trusts natively for Google-issued ID tokens. */
    public static final String GOOGLE = "accounts.google.com";
    /** The organization key under {@link #GOOGLE}, as AWS's Service Authorization Reference for STS names it. */
    public static final String ORGANIZATION_KEY = "google/organization_number";

    private PolicyDocuments() {}

    /**
     * Read-only access to one bucket: listing it and reading its objects. HeadBucket and HeadObject
     * need nothing more: S3 authorizes them with s3:ListBucket and s3:GetObject (there is no
     * s3:HeadBucket action in the Service Authorization Reference).
     */
    public static String readOnly(String bucketArn) {
        return readOnly(bucketArn, List.of(), false);
    }

    /**
     * Read-only access to parts of one bucket, scoped the way AWS's example scopes a home folder
     * (IAM User Guide, "Amazon S3: Allows IAM users access to their S3 home directory, programmatically
     * and in the console"): s3:GetObject on {@code bucket/PREFIX*}, and s3:ListBucket on the bucket only
     * when the request's {@code s3:prefix} is {@code StringLike PREFIX*}. A listing without a prefix
     * carries no s3:prefix key, which StringLike never matches, so it is refused.
     *
     * @param prefixes          the key prefixes to read; empty for the whole bucket
     * @param denyPlainHttp     whether the policy itself refuses requests without TLS: for a bucket the
     *                          stack does not create, whose own policy may not (AWS Security Hub S3.5)
     */
    public static String readOnly(String bucketArn, List<String> prefixes, boolean denyPlainHttp) {
        var policy = IamPolicy.builder();
        if (prefixes.isEmpty()) {
            policy.addStatement(s -> s.sid("ListTheBucket").effect(IamEffect.ALLOW)
                            .addAction("s3:ListBucket").addResource(bucketArn))
                    .addStatement(s -> s.sid("ReadItsObjects").effect(IamEffect.ALLOW)
                            .addAction("s3:GetObject").addResource(bucketArn + "/*"));
        } else {
            List<String> patterns = prefixes.stream().map(p -> p + "*").toList();
            policy.addStatement(s -> s.sid("ListTheirPrefixes").effect(IamEffect.ALLOW)
                            .addAction("s3:ListBucket").addResource(bucketArn)
                            .addConditions(IamConditionOperator.STRING_LIKE, "s3:prefix", patterns))
                    .addStatement(s -> {
                        s.sid("ReadTheirObjects").effect(IamEffect.ALLOW).addAction("s3:GetObject");
                        patterns.forEach(p -> s.addResource(bucketArn + "/" + p));
                    });
        }
        if (denyPlainHttp) {
            policy.addStatement(s -> s.sid("DenyInsecureTransport").effect(IamEffect.DENY)
                    .addAction("s3:*").addResource(bucketArn).addResource(bucketArn + "/*")
                    .addCondition(IamConditionOperator.BOOL, "aws:SecureTransport", "false"));
        }
        return policy.build().toJson();
    }

    /**
     * Who may assume the role: tokens Google issued to one service account, for one audience.
     * {@code :aud} is the token's azp (the service account's unique id) and {@code :sub} its sub
     * (the same id); {@code :oaud} is the token's aud, the audience the workload asked for
     * (IAM User Guide, "Available keys for AWS web identity federation"). Pinning all three keeps
     * out other accounts' tokens and tokens this account minted for other services.
     */
    public static String trust(String serviceAccountUniqueId, String tokenAudience) {
        return trust(serviceAccountUniqueId, tokenAudience, Optional.empty());
    }

    /**
     * The trust above, and with {@code organization} only tokens of that Google Cloud organization:
     * {@code accounts.google.com:google/organization_number} is of type Numeric in AWS's Service
     * Authorization Reference for STS, so it is compared with NumericEquals (IAM User Guide, "Available
     * keys for AWS web identity federation"; "Condition operators": numeric operators for Numeric keys).
     */
    public static String trust(String serviceAccountUniqueId, String tokenAudience, Optional<String> organization) {
        return IamPolicy.builder()
                .addStatement(s -> {
                    s.sid("OneGoogleServiceAccount").effect(IamEffect.ALLOW)
                            .addPrincipal(IamPrincipalType.FEDERATED, GOOGLE)
                            .addAction("sts:AssumeRoleWithWebIdentity")
                            .addCondition(IamConditionOperator.STRING_EQUALS, GOOGLE + ":aud", serviceAccountUniqueId)
                            .addCondition(IamConditionOperator.STRING_EQUALS, GOOGLE + ":sub", serviceAccountUniqueId)
                            .addCondition(IamConditionOperator.STRING_EQUALS, GOOGLE + ":oaud", tokenAudience);
                    organization.ifPresent(o -> s.addCondition(IamConditionOperator.NUMERIC_EQUALS,
                            GOOGLE + ":" + ORGANIZATION_KEY, o));
                })
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
