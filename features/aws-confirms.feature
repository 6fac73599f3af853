@live @access-analyzer
Feature: AWS confirms the review
  Live runs only (make verify-live, or --live): checks that only IAM Access Analyzer itself can make,
  on the documents the program renders, before anything is deployed.

  Why it matters: the other rules ask the questions a reviewer thought of. Access Analyzer's custom
  policy checks reason over every request a document could allow, with AWS's own policy engine: that
  nobody outside the account can use the role's trust policy or the bucket policy (CheckNoPublicAccess),
  and that no policy of the role grants any action of the kinds that change data, permissions or
  identities (CheckAccessNotGranted). The actions are not typed here: they are every action AWS lists
  for the services and access levels below, so a new S3 or IAM action is asked about as soon as AWS
  publishes it. keyless asks at most 100 actions per request, as the API requires, each request
  carrying only its own share.

  The IAM simulator cannot evaluate role trust policies (aws-cli issue 10314): in a live run the trust
  verdict is keyless's own evaluation of the Google token's claims ("Which Google tokens open the
  role") plus Access Analyzer's findings ("Access Analyzer finds nothing to fix") and the public-access
  check below.

  Background:
    Given the stack under review

  Scenario: Access Analyzer confirms the trust policy and the bucket policy allow no public access
    Then Access Analyzer's CheckNoPublicAccess passes for the trust policy of every role and for every bucket policy

  Scenario: Access Analyzer confirms the role's policies grant none of the dangerous actions
    Then Access Analyzer's CheckAccessNotGranted passes for every policy of the role, asked about these actions of AWS's catalog:
      | service | access levels                          |
      | s3      | Write, Permissions management, Tagging |
      | iam     | all                                    |
      | sts     | all                                    |
      | kms     | all                                    |
