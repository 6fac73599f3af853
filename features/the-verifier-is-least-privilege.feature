@verifier
Feature: keyless's own permissions are least privilege
  Live mode runs as an identity you grant policy-fixtures/verifier-policy.json. That policy is judged
  like the stack's own: offline by keyless, live by Access Analyzer.

  Why it matters: a verifier that asks for broad permissions is one more thing to attack. keyless
  only reads: it validates and checks documents, simulates requests, and reads the deployed role and
  its policies. Its policy must say so, with no finding to fix.

  Scenario: Access Analyzer finds no ERROR or SECURITY_WARNING in the verifier's policy
    Then Access Analyzer finds no ERROR or SECURITY_WARNING in the identity policy "policy-fixtures/verifier-policy.json"

  Scenario: The verifier's policy changes nothing
    Then the identity policy "policy-fixtures/verifier-policy.json" grants none of these actions of AWS's catalog:
      | service         | access levels                          |
      | access-analyzer | Write, Permissions management, Tagging |
      | iam             | Write, Permissions management, Tagging |
      | sts             | all                                    |
      | s3              | all                                    |
