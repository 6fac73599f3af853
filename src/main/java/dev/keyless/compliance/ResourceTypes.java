package dev.keyless.compliance;

import java.util.Set;

/** Pulumi type tokens the reviews look for (AWS provider 6.x, GCP provider 7.x). */
final class ResourceTypes {

    static final String ROLE = "aws:iam/role:Role";
    static final String POLICY = "aws:iam/policy:Policy";
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    static final String ROLE_POLICY_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    static final String POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
    static final String ROLE_POLICY_ATTACHMENTS_EXCLUSIVE =
            "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
    static final String USER_POLICY = "aws:iam/userPolicy:UserPolicy";
    static final String GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";

    static final Set<String> BUCKETS = Set.of("aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket");
    static final String PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    static final String BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    static final Set<String> BUCKET_ACLS = Set.of("aws:s3/bucketAclV2:BucketAclV2", "aws:s3/bucketAcl:BucketAcl");
    static final Set<String> ENCRYPTION = Set.of(
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
    static final String OWNERSHIP_CONTROLS = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";

    static final String SERVICE_ACCOUNT = "gcp:serviceaccount/account:Account";

    private ResourceTypes() {}
}
