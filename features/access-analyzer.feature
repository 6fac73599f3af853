@access-analyzer
Feature: Access Analyzer finds nothing to fix
  Every policy document of the stack passes IAM Access Analyzer's policy validation.

  Why it matters: the other rules say what the role may do; this one asks whether each document
  says what its authors think it says. Access Analyzer's ValidatePolicy reports more than a hundred
  kinds of defect: actions, keys and operators that do not exist (IAM then silently ignores or
  never matches them), type mismatches, wildcards that grant more than intended, trust policies that
  admit the wrong principals. ERRORs are documents that do not work as written; SECURITY_WARNINGs
  are grants broader than they look. Both block, as in AWS's own policy validators.

  The gate re-judges these scenarios from the findings (the tags say which documents each covers),
  so --treat-finding-type-as-blocking and the justified exceptions of compliance-exceptions.yaml
  apply to them as to every finding (docs/reports.md).

  The rule book runs offline by default, with keyless's own Access-Analyzer-compatible validator:
  no network, no credentials, no cost per call. It speaks Access Analyzer's issue codes, and adds
  findings of its own where Access Analyzer has no check, such as a trust in accounts.google.com
  that does not pin the token's subject (docs/findings.md explains each). A live run sends the same
  documents to Access Analyzer itself.

  Background:
    Given the stack under review

  @aa-trust-policies
  Scenario: Access Analyzer finds no ERROR or SECURITY_WARNING in the role's trust policy
    Then Access Analyzer finds no ERROR or SECURITY_WARNING in the trust policy of any role

  @aa-attached-policies
  Scenario: Access Analyzer finds no ERROR or SECURITY_WARNING in every policy attached to the role
    Then Access Analyzer finds no ERROR or SECURITY_WARNING in any policy attached to a role

  @aa-bucket-policies
  Scenario: Access Analyzer finds no ERROR or SECURITY_WARNING in the bucket policy
    Then Access Analyzer finds no ERROR or SECURITY_WARNING in any bucket policy, and a stack without one passes
