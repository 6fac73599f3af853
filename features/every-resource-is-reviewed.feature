@closed-world
Feature: Every resource is reviewed
  Nothing is in the stack that the rule book does not understand.

  Why it matters: every other rule judges the resource types it knows. A door added next to the
  reviewed one - a user with its own policy, a bucket policy written with the other AWS provider, an
  access point with its own policy, a CloudFront distribution in front of the bucket - is invisible to
  them. So every resource of the stack is either read by a rule (reviewed) or of a kind that cannot
  grant access, run code, move data or hold a credential (inert). Any other type is a violation until
  a reviewer adds it here: as inert with the reason, or as reviewed together with the rule that reads
  it (a test keeps the reviewed rows equal to the types the rules read). Both providers of each cloud
  count: aws and aws-native, gcp and google-native. A type can also be waived for one resource with a
  justified exception (compliance-exceptions.yaml). Component resources (custom: false in a stack
  export) create nothing themselves; the resources they hold are judged one by one.

  Background:
    Given the stack under review

  Scenario: Every resource is of a type the rule book reviews or knows to be inert
    Then every resource of the stack is of a type listed here:
      | type                                                                                       | verdict  | why |
      # IAM principals and the policies that reach them (both AWS providers)
      | aws:iam/role:Role                                                                          | reviewed | Who can assume the role; What the role can do; Who can reach the bucket |
      | aws-native:iam:Role                                                                        | reviewed | the same rules as aws:iam/role |
      | aws:iam/policy:Policy                                                                      | reviewed | What the role can do; Who can reach the bucket; Nobody can rewrite the role |
      | aws-native:iam:ManagedPolicy                                                               | reviewed | the same rules as aws:iam/policy, with its roles, users and groups |
      | aws-native:iam:Policy                                                                      | reviewed | an inline policy for roles, users and groups: Who can reach the bucket |
      | aws:iam/rolePolicy:RolePolicy                                                              | reviewed | inline role policy: What the role can do; Who can reach the bucket |
      | aws:iam/userPolicy:UserPolicy                                                              | reviewed | inline user policy: Who can reach the bucket; Nobody can rewrite the role |
      | aws:iam/groupPolicy:GroupPolicy                                                            | reviewed | inline group policy: Who can reach the bucket; Nobody can rewrite the role |
      | aws-native:iam:RolePolicy                                                                  | reviewed | the same as aws:iam/rolePolicy |
      | aws-native:iam:UserPolicy                                                                  | reviewed | the same as aws:iam/userPolicy |
      | aws-native:iam:GroupPolicy                                                                 | reviewed | the same as aws:iam/groupPolicy |
      | aws:iam/rolePolicyAttachment:RolePolicyAttachment                                          | reviewed | attaches a policy to a role, joined by name in any letter case |
      | aws:iam/userPolicyAttachment:UserPolicyAttachment                                          | reviewed | attaches a policy to a user |
      | aws:iam/groupPolicyAttachment:GroupPolicyAttachment                                        | reviewed | attaches a policy to a group |
      | aws:iam/policyAttachment:PolicyAttachment                                                  | reviewed | attaches a policy to roles, users and groups |
      | aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive                      | reviewed | attaches policies to a role |
      | aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive                      | reviewed | attaches policies to a user |
      | aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive                    | reviewed | attaches policies to a group |
      | aws:iam/user:User                                                                          | reviewed | No static keys (a long-lived identity); its policies: Who can reach the bucket |
      | aws-native:iam:User                                                                        | reviewed | its inline and managed policies: Who can reach the bucket |
      | aws:iam/group:Group                                                                        | reviewed | its members get its policies: Who can reach the bucket |
      | aws-native:iam:Group                                                                       | reviewed | its inline and managed policies: Who can reach the bucket |
      | aws:iam/groupMembership:GroupMembership                                                    | reviewed | gives users a group's policies |
      | aws:iam/userGroupMembership:UserGroupMembership                                            | reviewed | gives a user its groups' policies |
      # S3: the bucket and every door to it
      | aws:s3/bucketV2:BucketV2                                                                   | reviewed | The bucket is private; Who can reach the bucket; Data stays in the account |
      | aws:s3/bucket:Bucket                                                                       | reviewed | the same (the legacy resource, and the aws 7.x name of BucketV2) |
      | aws-native:s3:Bucket                                                                       | reviewed | the same, with its inline public access block, encryption, ownership, ACL and deliveries |
      | aws:s3/bucketPolicy:BucketPolicy                                                           | reviewed | The bucket is private; Who can reach the bucket; Access Analyzer finds nothing to fix |
      | aws-native:s3:BucketPolicy                                                                 | reviewed | the same as aws:s3/bucketPolicy |
      | aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock                                     | reviewed | The bucket is private |
      | aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock                                   | reviewed | The bucket is private (the account's own block) |
      | aws:s3/bucketAclV2:BucketAclV2                                                             | reviewed | The bucket is private; Who can reach the bucket |
      | aws:s3/bucketAcl:BucketAcl                                                                 | reviewed | the same (aws 7.x name) |
      | aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2 | reviewed | The bucket is private; Data stays in the account (KMS keys) |
      | aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration     | reviewed | the same (aws 7.x name) |
      | aws:s3/bucketOwnershipControls:BucketOwnershipControls                                     | reviewed | The bucket is private |
      | aws:s3/accessPoint:AccessPoint                                                             | reviewed | Who can reach the bucket (its policy); The bucket is private (its public access block) |
      | aws-native:s3:AccessPoint                                                                  | reviewed | the same as aws:s3/accessPoint |
      | aws:s3control/accessPointPolicy:AccessPointPolicy                                          | reviewed | Who can reach the bucket |
      | aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint                                | reviewed | Who can reach the bucket; The bucket is private |
      | aws-native:s3:MultiRegionAccessPoint                                                       | reviewed | the same as aws:s3control/multiRegionAccessPoint |
      | aws:s3control/multiRegionAccessPointPolicy:MultiRegionAccessPointPolicy                    | reviewed | Who can reach the bucket |
      | aws-native:s3:MultiRegionAccessPointPolicy                                                 | reviewed | the same as aws:s3control/multiRegionAccessPointPolicy |
      # S3: where the bucket's data or records are delivered
      | aws:s3/bucketReplicationConfig:BucketReplicationConfig                                     | reviewed | Data stays in the account |
      | aws:s3/inventory:Inventory                                                                 | reviewed | Data stays in the account |
      | aws:s3/bucketLoggingV2:BucketLoggingV2                                                     | reviewed | Data stays in the account |
      | aws:s3/bucketLogging:BucketLogging                                                         | reviewed | the same (aws 7.x name) |
      | aws:s3/analyticsConfiguration:AnalyticsConfiguration                                       | reviewed | Data stays in the account |
      | aws:s3control/storageLensConfiguration:StorageLensConfiguration                            | reviewed | Data stays in the account |
      # KMS keys that may encrypt the bucket
      | aws:kms/key:Key                                                                            | reviewed | Data stays in the account |
      | aws-native:kms:Key                                                                         | reviewed | the same as aws:kms/key |
      | aws:kms/keyPolicy:KeyPolicy                                                                | reviewed | Data stays in the account |
      | aws:kms/alias:Alias                                                                        | reviewed | names a key of the stack: Data stays in the account |
      | aws-native:kms:Alias                                                                       | reviewed | the same as aws:kms/alias |
      | aws:kms/grant:Grant                                                                        | reviewed | Data stays in the account |
      # GCP: the workload's identity and compute
      | gcp:serviceaccount/account:Account                                                         | reviewed | Who can assume the role (its unique id is pinned); Who can act as the service account |
      | gcp:serviceAccount/account:Account                                                         | reviewed | the same (the provider's alias spelling) |
      | google-native:iam/v1:ServiceAccount                                                        | reviewed | the same as gcp:serviceaccount/account |
      | gcp:compute/instance:Instance                                                              | reviewed | The VM is hardened; Only the reviewed VM runs as the account; No static keys |
      | gcp:compute/subnetwork:Subnetwork                                                          | reviewed | The VM is hardened (the VM's network path) |
      | gcp:compute/firewall:Firewall                                                              | reviewed | The VM is hardened (ingress only from Identity-Aware Proxy) |
      | gcp:compute/firewallPolicyRule:FirewallPolicyRule                                          | reviewed | The VM is hardened |
      | gcp:compute/networkFirewallPolicyRule:NetworkFirewallPolicyRule                            | reviewed | The VM is hardened |
      | gcp:compute/regionNetworkFirewallPolicyRule:RegionNetworkFirewallPolicyRule                | reviewed | The VM is hardened |
      | gcp:compute/projectMetadata:ProjectMetadata                                                | reviewed | The VM is hardened (OS Login, SSH keys, serial port) |
      | gcp:compute/projectMetadataItem:ProjectMetadataItem                                        | reviewed | The VM is hardened |
      | gcp:projects/iAMCustomRole:IAMCustomRole                                                   | reviewed | Who can act as the service account (its permissions) |
      | gcp:organizations/iAMCustomRole:IAMCustomRole                                              | reviewed | Who can act as the service account |
      | google-native:iam/v1:Role                                                                  | reviewed | Who can act as the service account |
      | google-native:iam/v1:OrganizationRole                                                      | reviewed | Who can act as the service account |
      | gcp:serviceaccount/iAMMember:IAMMember                                                     | reviewed | Who can act as the service account |
      | gcp:serviceaccount/iAMBinding:IAMBinding                                                   | reviewed | Who can act as the service account |
      | gcp:serviceaccount/iAMPolicy:IAMPolicy                                                     | reviewed | Who can act as the service account |
      | gcp:serviceAccount/iAMMember:IAMMember                                                     | reviewed | Who can act as the service account |
      | gcp:serviceAccount/iAMBinding:IAMBinding                                                   | reviewed | Who can act as the service account |
      | gcp:serviceAccount/iAMPolicy:IAMPolicy                                                     | reviewed | Who can act as the service account |
      | gcp:projects/iAMMember:IAMMember                                                           | reviewed | Who can act as the service account |
      | gcp:projects/iAMBinding:IAMBinding                                                         | reviewed | Who can act as the service account |
      | gcp:projects/iAMPolicy:IAMPolicy                                                           | reviewed | Who can act as the service account |
      | gcp:folder/iAMMember:IAMMember                                                             | reviewed | Who can act as the service account |
      | gcp:folder/iAMBinding:IAMBinding                                                           | reviewed | Who can act as the service account |
      | gcp:folder/iAMPolicy:IAMPolicy                                                             | reviewed | Who can act as the service account |
      | gcp:organizations/iAMMember:IAMMember                                                      | reviewed | Who can act as the service account |
      | gcp:organizations/iAMBinding:IAMBinding                                                    | reviewed | Who can act as the service account |
      | gcp:organizations/iAMPolicy:IAMPolicy                                                      | reviewed | Who can act as the service account |
      | google-native:iam/v1:ServiceAccountIamMember                                               | reviewed | Who can act as the service account |
      | google-native:iam/v1:ServiceAccountIamBinding                                              | reviewed | Who can act as the service account |
      | google-native:iam/v1:ServiceAccountIamPolicy                                               | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1:ProjectIamMember                                     | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1:ProjectIamBinding                                    | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1:ProjectIamPolicy                                     | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1:OrganizationIamMember                                | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1:OrganizationIamBinding                               | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1:OrganizationIamPolicy                                | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1beta1:ProjectIamMember                                | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1beta1:ProjectIamBinding                               | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1beta1:ProjectIamPolicy                                | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1beta1:OrganizationIamMember                           | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1beta1:OrganizationIamBinding                          | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v1beta1:OrganizationIamPolicy                           | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:ProjectIamMember                                     | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:ProjectIamBinding                                    | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:ProjectIamPolicy                                     | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:OrganizationIamMember                                | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:OrganizationIamBinding                               | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:OrganizationIamPolicy                                | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v2:FolderIamMember                                      | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v2:FolderIamBinding                                     | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v2:FolderIamPolicy                                      | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v2beta1:FolderIamMember                                 | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v2beta1:FolderIamBinding                                | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v2beta1:FolderIamPolicy                                 | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:FolderIamMember                                      | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:FolderIamBinding                                     | reviewed | Who can act as the service account |
      | google-native:cloudresourcemanager/v3:FolderIamPolicy                                      | reviewed | Who can act as the service account |
      # providers and credentials
      | pulumi:providers:aws                                                                       | reviewed | No static keys (provider credentials) |
      | pulumi:providers:aws-native                                                                | reviewed | No static keys (provider credentials) |
      | pulumi:providers:gcp                                                                       | reviewed | No static keys (provider credentials) |
      | pulumi:providers:google-native                                                             | reviewed | No static keys (provider credentials) |
      | aws:iam/accessKey:AccessKey                                                                | reviewed | No static keys: forbidden |
      | aws:iam/userLoginProfile:UserLoginProfile                                                  | reviewed | No static keys: forbidden |
      | aws:iam/serviceSpecificCredential:ServiceSpecificCredential                                | reviewed | No static keys: forbidden |
      | aws:iam/signingCertificate:SigningCertificate                                              | reviewed | No static keys: forbidden |
      | aws:iam/sshKey:SshKey                                                                      | reviewed | No static keys: forbidden |
      | gcp:serviceaccount/key:Key                                                                 | reviewed | No static keys: forbidden |
      | gcp:serviceAccount/key:Key                                                                 | reviewed | No static keys: forbidden |
      | google-native:iam/v1:Key                                                                   | reviewed | No static keys: forbidden |
      | gcp:storage/hmacKey:HmacKey                                                                | reviewed | No static keys: forbidden |
      | gcp:apikeys/key:Key                                                                        | reviewed | No static keys: forbidden |
      # inert: cannot grant access, run code, move data or hold a credential
      | pulumi:pulumi:Stack                                                                        | inert    | the stack itself, a component that groups the others |
      | pulumi:pulumi:StackReference                                                               | inert    | reads another stack's outputs; creates nothing |
      | random:*                                                                                   | inert    | values Pulumi generates locally; nothing in any cloud |
      | gcp:compute/network:Network                                                                | inert    | a private network; grants no identity and runs no code |
      | gcp:compute/router:Router                                                                  | inert    | routes for the network's NAT |
      | gcp:compute/routerNat:RouterNat                                                            | inert    | outbound NAT: lets the VM reach STS and S3, admits nothing inbound |
      | gcp:storage/bucketIAMMember:BucketIAMMember                                                | inert    | grants a member a Cloud Storage bucket: no way into AWS, none to act as the service account (grants on the account or its project are reviewed above) |
      | google-native:compute/v1:Network                                                           | inert    | the same as gcp:compute/network |
      | google-native:compute/v1:Subnetwork                                                        | inert    | the same as gcp:compute/subnetwork |
      | google-native:compute/v1:Router                                                            | inert    | the same as gcp:compute/router (NAT included) |
      | aws:s3/bucketVersioningV2:BucketVersioningV2                                               | inert    | keeps old object versions; grants nothing |
      | aws:s3/bucketVersioning:BucketVersioning                                                   | inert    | the same (aws 7.x name) |
      | aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2                       | inert    | expires or moves objects between storage classes of the same bucket |
      | aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration                           | inert    | the same (aws 7.x name) |
      | aws:s3/bucketIntelligentTieringConfiguration:BucketIntelligentTieringConfiguration         | inert    | storage classes of the same bucket |
      | aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2                     | inert    | stops deletion; grants nothing |
      | aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration                         | inert    | the same (aws 7.x name) |
      | aws:s3/bucketMetric:BucketMetric                                                           | inert    | request metrics in CloudWatch; no data leaves the bucket |
      | aws:s3/bucketRequestPaymentConfigurationV2:BucketRequestPaymentConfigurationV2             | inert    | who pays for requests; grants nothing |
      | aws:iam/rolePoliciesExclusive:RolePoliciesExclusive                                        | inert    | only removes inline role policies it does not list |
      | aws:iam/userPoliciesExclusive:UserPoliciesExclusive                                        | inert    | only removes inline user policies it does not list |
      | aws:iam/groupPoliciesExclusive:GroupPoliciesExclusive                                      | inert    | only removes inline group policies it does not list |
