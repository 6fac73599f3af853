@live @deployed
Feature: The deployed role is the reviewed role
  After pulumi up (make verify-deployed): the role as IAM holds it, read back from IAM by the ARN in
  the stack's outputs, compared with the documents the rule book reviewed before the deploy, and
  asked about by its ARN with the IAM simulator (SimulatePrincipalPolicy).

  Why it matters: a review is worth what was deployed. A policy attached by hand, an edit in the
  console, another stack writing the same role or a deploy from another revision all show up here as
  drift. A deployed document that equals a reviewed one as parsed JSON passes (IAM may return
  members in another order or layout); one that differs passes only if Access Analyzer's
  CheckNoNewAccess finds it grants nothing the reviewed documents do not. The reviewed documents are
  the program's, rendered with the deployed stack's own identifiers (bucket, service account, account).

  The decisions below come from the role's own policies as IAM holds them. The bucket policy's TLS
  rule is judged before the deploy ("What AWS decides for the role"); keyless does not read the
  deployed bucket (its permissions stop at IAM and Access Analyzer).

  Background:
    Given the deployed stack

  Scenario: The deployed trust policy is the reviewed one
    Then IAM's trust policy for the deployed role is the reviewed one, or grants nothing the reviewed one does not

  Scenario: The deployed permissions are the reviewed ones
    Then every policy IAM holds for the deployed role is a reviewed one, or grants nothing the reviewed ones do not

  Scenario: Access Analyzer finds nothing to fix in the deployed documents
    Then Access Analyzer finds no ERROR or SECURITY_WARNING in the deployed role's documents
    And Access Analyzer's CheckNoPublicAccess passes for the deployed role's trust policy

  Scenario Outline: IAM decides for the deployed role: it <verdict> <action> on <resource>
    When IAM simulates the deployed role requesting <action> on <resource>
    Then IAM decides <decision>

    Examples: What the workload needs
      | verdict | action        | resource                | decision |
      | may     | s3:GetObject  | an object in the bucket | allowed  |
      | may     | s3:ListBucket | the bucket              | allowed  |

    Examples: What the workload must never do
      | verdict | action                     | resource                    | decision |
      | may not | s3:PutObject               | an object in the bucket     | denied   |
      | may not | s3:DeleteObject            | an object in the bucket     | denied   |
      | may not | s3:PutBucketPolicy         | the bucket                  | denied   |
      | may not | s3:GetObject               | an object in another bucket | denied   |
      | may not | s3:ListAllMyBuckets        | any resource                | denied   |
      | may not | iam:CreateAccessKey        | any resource                | denied   |
      | may not | iam:UpdateAssumeRolePolicy | the role itself             | denied   |
      | may not | iam:PassRole               | the role itself             | denied   |
      | may not | sts:AssumeRole             | the role itself             | denied   |
      | may not | kms:Decrypt                | any resource                | denied   |
