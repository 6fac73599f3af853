@permissions
Feature: What the role can do
  The workload may list its bucket and read the objects in it. Nothing else, anywhere.

  Why it matters: whoever holds the role's short-lived credentials holds everything the role may
  do. Every policy that reaches the role counts: attached customer policies, inline policies and
  policies attached by ARN. A policy attached by ARN that the stack does not define (such as an
  AWS-managed policy) cannot be reviewed here, so it counts as a violation until it is replaced by a
  policy the stack defines.

  With several workloads (keyless-federation:workloads), "the bucket" is the role's own workload's, and a
  workload scoped to prefixes must declare each as a literal, non-empty start of a key: "" is the whole
  bucket and "*" a pattern, so neither scopes anything.

  Background:
    Given the stack under review

  Scenario: Every policy that reaches the role can be reviewed
    Then every policy attached to a role is defined in the stack and is a valid policy

  Scenario: The role can only list the bucket and read its objects
    Then the role's policies allow only s3:ListBucket on the bucket and s3:GetObject on the bucket's objects

  Scenario: No wildcard grants
    Then no policy of the role allows a wildcard action, or a wildcard resource beyond the bucket's objects

  Scenario: No inverted grants
    Then no policy of the role combines Allow with NotAction or NotResource

  Scenario: The workload can do its job
    Then the role is allowed s3:ListBucket on the bucket and s3:GetObject on all of its objects
