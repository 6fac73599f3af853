package dev.keyless.compliance;

import dev.keyless.compliance.google.GcpTypes;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pulumi type tokens the reviews read, for both AWS providers: {@code aws} (6.x, with the names 7.x gave
 * the V2 resources) and {@code aws-native} (CloudFormation's schema through Cloud Control). A type that
 * no review reads is not here; the closed-world rule ("Every resource is reviewed") makes it a violation
 * unless the feature file lists it as inert. {@link #REVIEWED} must equal that feature's "reviewed" rows,
 * which a test keeps true.
 */
public final class ResourceTypes {

    // ---- IAM principals and their policies ----
    static final Set<String> ROLES = Set.of("aws:iam/role:Role", "aws-native:iam:Role");
    static final String ROLE = "aws:iam/role:Role";
    static final String NATIVE_ROLE = "aws-native:iam:Role";
    static final String POLICY = "aws:iam/policy:Policy";
    static final String NATIVE_MANAGED_POLICY = "aws-native:iam:ManagedPolicy";
    /** CloudFormation's AWS::IAM::Policy: an inline policy attached to roles, users and groups at once. */
    static final String NATIVE_POLICY = "aws-native:iam:Policy";
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    static final String USER_POLICY = "aws:iam/userPolicy:UserPolicy";
    static final String GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
    static final String NATIVE_ROLE_POLICY = "aws-native:iam:RolePolicy";
    static final String NATIVE_USER_POLICY = "aws-native:iam:UserPolicy";
    static final String NATIVE_GROUP_POLICY = "aws-native:iam:GroupPolicy";
    static final String ROLE_POLICY_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    static final String USER_POLICY_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
    static final String GROUP_POLICY_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
    static final String POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
    static final String ROLE_POLICY_ATTACHMENTS_EXCLUSIVE =
            "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
    static final String USER_POLICY_ATTACHMENTS_EXCLUSIVE =
            "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive";
    static final String GROUP_POLICY_ATTACHMENTS_EXCLUSIVE =
            "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive";
    static final String USER = "aws:iam/user:User";
    static final String NATIVE_USER = "aws-native:iam:User";
    static final String GROUP = "aws:iam/group:Group";
    static final String NATIVE_GROUP = "aws-native:iam:Group";
    static final String GROUP_MEMBERSHIP = "aws:iam/groupMembership:GroupMembership";
    static final String USER_GROUP_MEMBERSHIP = "aws:iam/userGroupMembership:UserGroupMembership";

    // ---- S3: buckets and what configures them ----
    static final Set<String> BUCKETS = Set.of("aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket", "aws-native:s3:Bucket");
    static final String NATIVE_BUCKET = "aws-native:s3:Bucket";
    static final Set<String> PUBLIC_ACCESS_BLOCKS = Set.of("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    static final Set<String> BUCKET_POLICIES = Set.of("aws:s3/bucketPolicy:BucketPolicy", "aws-native:s3:BucketPolicy");
    static final Set<String> BUCKET_ACLS = Set.of("aws:s3/bucketAclV2:BucketAclV2", "aws:s3/bucketAcl:BucketAcl");
    static final Set<String> ENCRYPTION = Set.of(
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
    static final Set<String> OWNERSHIP_CONTROLS = Set.of("aws:s3/bucketOwnershipControls:BucketOwnershipControls");
    static final String ACCOUNT_PUBLIC_ACCESS_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
    static final Set<String> ACCESS_POINTS = Set.of("aws:s3/accessPoint:AccessPoint", "aws-native:s3:AccessPoint");
    static final String ACCESS_POINT_POLICY = "aws:s3control/accessPointPolicy:AccessPointPolicy";
    static final Set<String> MULTI_REGION_ACCESS_POINTS = Set.of(
            "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint", "aws-native:s3:MultiRegionAccessPoint");
    static final Set<String> MULTI_REGION_ACCESS_POINT_POLICIES = Set.of(
            "aws:s3control/multiRegionAccessPointPolicy:MultiRegionAccessPointPolicy",
            "aws-native:s3:MultiRegionAccessPointPolicy");

    // ---- where data can go ----
    static final String REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
    static final String INVENTORY = "aws:s3/inventory:Inventory";
    static final Set<String> LOGGING = Set.of("aws:s3/bucketLoggingV2:BucketLoggingV2", "aws:s3/bucketLogging:BucketLogging");
    static final String ANALYTICS = "aws:s3/analyticsConfiguration:AnalyticsConfiguration";
    static final String STORAGE_LENS = "aws:s3control/storageLensConfiguration:StorageLensConfiguration";

    // ---- KMS ----
    static final Set<String> KMS_KEYS = Set.of("aws:kms/key:Key", "aws-native:kms:Key");
    static final String KMS_KEY_POLICY = "aws:kms/keyPolicy:KeyPolicy";
    static final Set<String> KMS_ALIASES = Set.of("aws:kms/alias:Alias", "aws-native:kms:Alias");
    static final String KMS_GRANT = "aws:kms/grant:Grant";

    // ---- GCP (the Google-side reviews name their own types in GcpTypes) ----
    static final String SERVICE_ACCOUNT = "gcp:serviceaccount/account:Account";
    static final Set<String> GCP = Stream.of(GcpTypes.SERVICE_ACCOUNTS,
                    Set.of(GcpTypes.INSTANCE, GcpTypes.SUBNETWORK, GcpTypes.FIREWALL, GcpTypes.PROJECT_METADATA,
                            GcpTypes.PROJECT_METADATA_ITEM),
                    GcpTypes.FIREWALL_POLICY_RULES, GcpTypes.CUSTOM_ROLES.keySet(), GcpTypes.GRANTS.keySet())
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    // ---- read by "No static keys": providers and the credential types the feature's table forbids ----
    static final Set<String> PROVIDERS = Set.of("pulumi:providers:aws", "pulumi:providers:aws-native",
            "pulumi:providers:gcp", "pulumi:providers:google-native");
    static final Set<String> CREDENTIALS = Set.of("aws:iam/accessKey:AccessKey",
            "aws:iam/userLoginProfile:UserLoginProfile", "aws:iam/serviceSpecificCredential:ServiceSpecificCredential",
            "aws:iam/signingCertificate:SigningCertificate", "aws:iam/sshKey:SshKey", "gcp:serviceaccount/key:Key",
            "gcp:serviceAccount/key:Key", "google-native:iam/v1:Key", "gcp:storage/hmacKey:HmacKey", "gcp:apikeys/key:Key");

    /** Every type some rule of the rule book reads. */
    public static final Set<String> REVIEWED = Stream.of(
            ROLES, Set.of(POLICY, NATIVE_MANAGED_POLICY, NATIVE_POLICY, ROLE_POLICY, USER_POLICY, GROUP_POLICY,
                    NATIVE_ROLE_POLICY, NATIVE_USER_POLICY, NATIVE_GROUP_POLICY, ROLE_POLICY_ATTACHMENT,
                    USER_POLICY_ATTACHMENT, GROUP_POLICY_ATTACHMENT, POLICY_ATTACHMENT, ROLE_POLICY_ATTACHMENTS_EXCLUSIVE,
                    USER_POLICY_ATTACHMENTS_EXCLUSIVE, GROUP_POLICY_ATTACHMENTS_EXCLUSIVE, USER, NATIVE_USER, GROUP,
                    NATIVE_GROUP, GROUP_MEMBERSHIP, USER_GROUP_MEMBERSHIP),
            BUCKETS, PUBLIC_ACCESS_BLOCKS, BUCKET_POLICIES, BUCKET_ACLS, ENCRYPTION, OWNERSHIP_CONTROLS,
            Set.of(ACCOUNT_PUBLIC_ACCESS_BLOCK, ACCESS_POINT_POLICY, REPLICATION, INVENTORY, ANALYTICS, STORAGE_LENS,
                    KMS_KEY_POLICY, KMS_GRANT),
            ACCESS_POINTS, MULTI_REGION_ACCESS_POINTS, MULTI_REGION_ACCESS_POINT_POLICIES, LOGGING, KMS_KEYS,
            KMS_ALIASES, GCP, PROVIDERS, CREDENTIALS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private ResourceTypes() {}

    /** The AWS side of the stack, from either AWS provider (and the providers themselves). */
    static boolean awsSide(String type) {
        return type.startsWith("aws:") || type.startsWith("aws-native:") || type.equals("pulumi:providers:aws")
                || type.equals("pulumi:providers:aws-native");
    }
}
