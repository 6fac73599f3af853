@decisions
Feature: What AWS decides for the role
  The decisions AWS would make for requests signed with the role's credentials, computed by
  keyless's IAM evaluator from every policy that reaches the role and the bucket's own policy.

  Why it matters: reading a policy is not the same as knowing what AWS will decide. Wildcards,
  NotAction, conditions and the bucket policy all take part. This table asks the questions a
  reviewer would ask, one request at a time, and expects the decision AWS's policy evaluation logic
  gives: allowed, implicitDeny (nothing allows it) or explicitDeny (a Deny statement applies);
  "denied" accepts either deny.

  Each request is one AWS would evaluate: a session of the workload's role, with the context AWS
  always sets (aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType, aws:userid, aws:CurrentTime,
  aws:SecureTransport, aws:RequestedRegion, ...), on a resource of a type AWS's catalog says the
  action applies to. "Any resource" means a resource of every such type in this account ("*" for an
  action without resource types). A row asking for a pair AWS never authorizes, such as s3:GetObject
  on a bucket ARN, is an error in this table, never a pass.

  Background:
    Given the stack under review

  Scenario Outline: The role <verdict> <action> on <resource>
    When the role's credentials request <action> on <resource>
    Then the decision is <decision>

    Examples: What the workload needs
      | verdict | action        | resource                | decision |
      | may     | s3:GetObject  | an object in the bucket | allowed  |
      | may     | s3:ListBucket | the bucket              | allowed  |

    Examples: What the workload must never do
      | verdict | action                       | resource                    | decision     |
      | may not | s3:PutObject                 | an object in the bucket     | denied       |
      | may not | s3:DeleteObject              | an object in the bucket     | denied       |
      | may not | s3:PutObjectAcl              | an object in the bucket     | denied       |
      | may not | s3:GetObjectVersion          | an object in the bucket     | denied       |
      | may not | s3:PutBucketPolicy           | the bucket                  | denied       |
      | may not | s3:DeleteBucket              | the bucket                  | denied       |
      | may not | s3:PutBucketPublicAccessBlock | the bucket                 | denied       |
      | may not | s3:GetObject                 | an object in another bucket | denied       |
      | may not | s3:ListBucket                | another bucket              | denied       |
      | may not | s3:ListAllMyBuckets          | any resource                | denied       |
      | may not | iam:CreateAccessKey          | any resource                | denied       |
      | may not | iam:UpdateAssumeRolePolicy   | the role itself             | denied       |
      | may not | iam:PassRole                 | the role itself             | denied       |
      | may not | sts:AssumeRole               | the role itself             | denied       |
      | may not | kms:Decrypt                  | any resource                | denied       |

  Scenario: Reading over plain HTTP is refused by the bucket itself
    When the role's credentials request s3:GetObject on an object in the bucket without TLS
    Then the decision is explicitDeny

  Scenario: No policy of the role grants write, delete, policy or identity actions
    Then no policy of the role grants any of these actions, on any resource:
      | action                        |
      | s3:PutObject                  |
      | s3:DeleteObject               |
      | s3:DeleteObjectVersion        |
      | s3:PutObjectAcl               |
      | s3:PutBucketPolicy            |
      | s3:DeleteBucketPolicy         |
      | s3:PutBucketAcl               |
      | s3:PutBucketPublicAccessBlock |
      | s3:DeleteBucket               |
      | s3:PutLifecycleConfiguration  |
      | iam:*                         |
      | sts:AssumeRole                |
      | kms:*                         |
      | ec2:*                         |
