@trust
Feature: Who can assume the role
  Only our GCP workload may become the AWS role, and only with a token minted for AWS.

  Why it matters: the role's trust policy is the only door into AWS. Google signs ID tokens for
  every Google account and service account in the world, so a role that trusts accounts.google.com
  without pinning the token admits anyone with a Google account. AWS compares
  accounts.google.com:aud with the token's authorized party (azp) and accounts.google.com:sub with
  its subject; for a service account both are its numeric unique id, so pinning both admits only
  tokens our service account minted. Pinning accounts.google.com:oaud to a dedicated audience stops
  a token our service account minted for another service from being replayed to AWS.

  A trust policy is worth little if another principal may replace it, attach a policy to the role or
  rewrite a policy attached to it. Every role, user and group of the stack is asked, with keyless's
  evaluator, whether it could perform any of the actions below: the IAM actions AWS's catalog lists for
  the role and policy resource types at those access levels. Keys a caller sends itself (such as
  iam:PolicyARN) may take any value in that question, so a grant narrowed only by one of them counts.

  Background:
    Given the stack under review

  Scenario: Only Google's identity provider is trusted
    Then every role trusts only the federated principal accounts.google.com

  Scenario: Only web-identity federation can assume the role
    Then every role can be assumed only through sts:AssumeRoleWithWebIdentity

  Scenario: The token must come from our service account
    Then every role pins accounts.google.com:aud and accounts.google.com:sub with StringEquals to the unique id of a service account in the stack

  Scenario: The token must be minted for our audience
    Then every role pins accounts.google.com:oaud with StringEquals to the configured token audience

  Scenario: No wildcard principal
    Then no trust policy names a wildcard principal

  Scenario: The pinned keys are not loosened
    Then no trust policy compares a Google identity key with IfExists, ForAnyValue, ForAllValues or a Like operator

  Scenario: Nobody can rewrite the role
    Then no principal of the stack may perform any of these actions of AWS's catalog on the workload's role or a policy attached to it:
      | service | access levels                 | resource types |
      | iam     | Permissions management, Write | role           |
      | iam     | Permissions management        | policy         |
