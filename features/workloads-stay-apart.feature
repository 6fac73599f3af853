@isolation
Feature: Workloads stay apart
  One stack can federate many workloads, each with its own role, service account, bucket or part of a
  shared bucket (its prefixes). No workload's role may read or list what another workload reads.

  Why it matters: workloads that share a stack, an account or a bucket are separate trust domains. A
  prefix written as "reports" instead of "reports/" also covers "reports-archive/"; a policy copied from
  one workload to the next keeps the first one's bucket; a bucket policy can grant one role another's
  data. Each is one statement away from letting one workload read another's data.

  Each role is asked, with keyless's IAM evaluator and the context AWS always sets for a session of it,
  for s3:GetObject on a key inside another workload's scope and for s3:ListBucket with that scope's
  s3:prefix (or the whole bucket); both must be denied. The other workloads asked about are those a
  statement that reaches the role (its identity policies, and every bucket policy of the stack) can name,
  and always those whose scopes sit right next to its own, so the cost grows with the number of
  workloads, not with its square. Which role, account, bucket and prefixes belong together is read from
  the stack's workloads output; a stack with one workload has nothing to keep apart.

  Background:
    Given the stack under review

  Scenario: No workload reads another workload's bucket or prefix
    Then no workload's role may read or list what another workload reads
