@session
Feature: Short sessions
  Credentials from the role expire quickly.

  Why it matters: the credentials STS issues are bearer tokens. If one leaks, its session length is
  how long it works. The workload refreshes its credentials from a fresh Google token anyway, so
  a long session buys nothing.

  Background:
    Given the stack under review

  Scenario: Sessions last at most one hour
    Then every role's maximum session duration is at most 3600 seconds
