@reach
Feature: Who can reach the bucket
  Only the workload's role is granted the data of the stack's buckets, and only to read it.

  Why it matters: the trust policy guards the role, but the bucket has other doors. A bucket policy
  can grant another account, a service, another role or everyone; a user or a group can hold an
  identity policy that reads the bucket; an access point or a multi-region access point carries its own
  policy; an ACL grants around every policy; a bucket policy can also give the role itself more than
  reading, such as s3:PutLifecycleConfiguration, which lets it expire every object. This rule reads
  every principal, not only the role: the identity policies of every role, user and group in the
  stack, however attached (inline, managed, by any attachment resource, inline lists, managed policy
  ARNs, exclusive attachments, group memberships; IAM names compared in any letter case, as IAM does)
  from both AWS providers, and every resource policy on the bucket and the access points in front of
  it, and the bucket's ACLs.

  Every bucket of the stack counts, so that an output naming another bucket hides none, and so does
  the bucket the bucketName output names when the stack only refers to it; "the workload's role" is
  the one the roleArn output names, or with several workloads each role their workloads output names
  (which workload may read which bucket or prefix is the rule "Workloads stay apart"). A bucket holds one policy: two for one bucket are a violation,
  since which one S3 keeps depends on the order of the deploy. Which actions a statement grants is read from AWS's catalog (wildcards and
  NotAction included), generously: conditions do not narrow a grant here, except a plain positive
  condition that pins the caller (aws:PrincipalArn to the role, aws:PrincipalAccount, aws:SourceAccount
  or aws:SourceArn to this account). A grant to this account's root only delegates to identity
  policies, which this rule reads too. A policy keyless cannot read counts as a grant.
  Resource types read: every IAM principal and policy type, aws:s3/bucketPolicy, aws-native:s3:BucketPolicy,
  the legacy bucket's own policy, aws:s3/accessPoint, aws-native:s3:AccessPoint, aws:s3control/accessPointPolicy,
  the multi-region access points and their policies of both providers, aws:s3/bucketAclV2 and the
  buckets' own ACL settings.

  Background:
    Given the stack under review

  Scenario: Nobody but the workload's role is granted the bucket's data
    Then no principal but the workload's role is granted any S3 action on the bucket, its objects or its access points

  Scenario: The role cannot write, reconfigure or re-permission the bucket
    Then no policy grants the workload's role any of these actions of AWS's catalog on the bucket, its objects or its access points:
      | service | access levels                          | resource types                                 |
      | s3      | Write, Permissions management, Tagging | bucket, object, accesspoint, accesspointobject |
