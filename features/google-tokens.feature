@tokens
Feature: Which Google tokens open the role
  Google ID tokens that STS would trade for the role's credentials, and the ones it must refuse.
  Each token's claims are mapped to the condition keys as AWS documents it —
  accounts.google.com:aud from azp (or aud when there is no azp), accounts.google.com:oaud from aud,
  accounts.google.com:sub from sub — and the role's trust policy is evaluated with them. AWS's own
  simulator cannot evaluate role trust policies, so keyless does it.

  Why it matters: these are the attacks the trust policy exists to stop. A service account's token
  minted for another service (another audience) must not be replayable to AWS; another service
  account's token must not work even for our audience; tokens from other issuers or without a
  signature are refused by STS before any policy is read.

  Background:
    Given the stack under review

  Scenario: Our service account's token for our audience is accepted
    Given a Google ID token from the stack's service account for the configured audience
    Then the token may assume the role

  Scenario: Our service account's token minted for another service is refused (replay)
    Given a Google ID token from the stack's service account for the audience "https://storage.googleapis.com"
    Then the token may not assume the role

  Scenario: Another service account's token for our audience is refused
    Given a Google ID token from the service account "111111111111111111111" for the configured audience
    Then the token may not assume the role

  Scenario: A token without azp, whose aud is our service account id, is refused
    Given a Google ID token without azp whose aud and sub are the stack's service account id
    Then the token may not assume the role

  Scenario: A token from another issuer is refused
    Given a token from the issuer "https://token.actions.githubusercontent.com" with the stack's service account as subject and the configured audience
    Then the token may not assume the role

  Scenario: An unsigned token is refused
    Given an unsigned token from the stack's service account for the configured audience
    Then the token may not assume the role
