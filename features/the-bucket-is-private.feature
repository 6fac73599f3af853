@bucket
Feature: The bucket is private
  The data bucket is reachable only through the role, encrypted at rest, and owned by its account.

  Why it matters: the role is the only intended way in. A public policy or ACL would bypass the
  whole federation; S3 Block Public Access makes that impossible even by mistake, and disabling ACLs
  (bucket owner enforced) leaves policies as the single place that grants access.

  Background:
    Given the stack under review

  Scenario: Public access is blocked
    Then every bucket has a public access block with all four settings on

  Scenario: Access points block public access too
    Then every access point and multi-region access point in front of a bucket keeps all four public access settings on

  Scenario: The account blocks public access when the stack manages it
    Then the account's public access block, when the stack sets one, has all four settings on

  Scenario: No bucket policy grants access to everyone
    Then no bucket policy allows everyone

  Scenario: No public ACL
    Then no bucket has a public ACL

  Scenario: Objects are encrypted at rest
    Then every bucket encrypts objects by default

  Scenario: ACLs are disabled
    Then every bucket enforces bucket-owner object ownership
