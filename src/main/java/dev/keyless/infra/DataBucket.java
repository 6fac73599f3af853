package dev.keyless.infra;

import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.resources.CustomResourceOptions;

/** The private bucket the workload reads: public access blocked, encrypted, owner-enforced, TLS only. */
final class DataBucket {

    private DataBucket() {}

    /**
     * @param name         the bucket's logical name; its settings are named after it
     * @param bucketPrefix the name S3 appends a unique suffix to
     */
    static BucketV2 create(FederationSettings settings, String name, String bucketPrefix) {
        final var bucket = new BucketV2(name, BucketV2Args.builder()
                .bucketPrefix(bucketPrefix)
                .forceDestroy(settings.forceDestroy())
                .build());

        final var publicAccessBlock = new BucketPublicAccessBlock(name + "-public-access-block",
                BucketPublicAccessBlockArgs.builder()
                        .bucket(bucket.id())
                        .blockPublicAcls(true)
                        .blockPublicPolicy(true)
                        .ignorePublicAcls(true)
                        .restrictPublicBuckets(true)
                        .build());

        // SSE-S3 rather than KMS: a KMS key would need kms:Decrypt next to s3:GetObject, widening the role.
        new BucketServerSideEncryptionConfigurationV2(name + "-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket.id())
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(
                                        BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                                .sseAlgorithm("AES256")
                                                .build())
                                .build())
                        .build());

        new BucketOwnershipControls(name + "-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build());

        // After the public access block, so S3 judges the policy with the block already in place.
        new BucketPolicy(name + "-tls-only", BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(bucket.arn().applyValue(PolicyDocuments::tlsOnly))
                .build(),
                CustomResourceOptions.builder().dependsOn(publicAccessBlock).build());

        return bucket;
    }
}
