@minters
Feature: Who can act as the service account
  Only members a security review listed may mint the workload's Google ID tokens, run code as its
  service account, or give themselves either.

  Why it matters: the AWS role trusts every Google ID token of the workload's service account, so
  whoever can get such a token holds the role. The trust policy is half of the review; the other half
  is who can act as the account on the Google side. Any role on the service account itself is a way
  to act as it or to grant that to oneself; on the project, folder or organization, the roles and
  permissions below carry the same power over every service account beneath (Google Cloud,
  "Roles for service account authentication": https://cloud.google.com/iam/docs/service-account-permissions,
  and the role reference: https://cloud.google.com/iam/docs/roles-permissions/iam).

  A review lists who may, with which role, in the setting keyless-federation:reviewedMinters
  ("ROLE MEMBER" entries); the program exports the list as the stack output reviewedMinters, so any
  stack export can be judged. No output means nobody was reviewed. An entry can never be everyone
  (allUsers, allAuthenticatedUsers), a whole domain, a whole identity pool or a project convenience
  value. The identity that deploys the stack needs iam.serviceAccounts.actAs on the account to create
  the VM: keep that identity to CI through OIDC (docs/ci.md).

  Background:
    Given the stack under review

  Scenario: Only reviewed minters hold a role on the service account
    Then no IAM grant on the workload's service account gives any role to a member that is not a reviewed minter for that role

  Scenario: No project, folder or organization grant lets an unreviewed member act as the service account
    Then no project, folder or organization grant gives one of these roles to a member that is not a reviewed minter for it:
      | role                                      | what it allows                                                              |
      | roles/owner                               | everything, including acting as every service account and granting roles   |
      | roles/editor                              | acting as every service account (actAs) and creating their keys            |
      | roles/iam.serviceAccountTokenCreator      | minting ID and access tokens, signing JWTs and blobs as every account      |
      | roles/iam.serviceAccountOpenIdTokenCreator | minting Google ID tokens for every account                                 |
      | roles/iam.workloadIdentityUser            | minting ID and access tokens for every account, from a federated identity  |
      | roles/iam.serviceAccountUser              | attaching any account to new compute and running code as it (actAs)       |
      | roles/iam.serviceAccountAdmin             | changing who may act as every account (setIamPolicy)                        |
      | roles/iam.serviceAccountKeyAdmin          | creating long-lived keys for every account                                  |
      | roles/iam.securityAdmin                   | changing the IAM policy of the project and its accounts                     |
      | roles/resourcemanager.projectIamAdmin     | granting itself any role on the project                                     |
      | roles/resourcemanager.folderAdmin         | granting itself any role on the folder and its projects                     |
      | roles/resourcemanager.folderIamAdmin      | granting itself any role on the folder and its projects                     |
      | roles/resourcemanager.organizationAdmin   | granting itself any role in the organization                                |

  Scenario: No custom role lets an unreviewed member act as the service account
    Then no custom role of the stack carries one of these permissions unless the reviewed minters name it, and no grant above the account gives an unreviewed member a custom role that carries one or that the stack does not define:
      | permission                                | what it allows                                          |
      | iam.serviceAccounts.getOpenIdToken        | minting a Google ID token for the account               |
      | iam.serviceAccounts.getAccessToken        | minting an OAuth access token for the account           |
      | iam.serviceAccounts.actAs                 | running code as the account on new compute              |
      | iam.serviceAccounts.implicitDelegation    | minting tokens through a delegation chain               |
      | iam.serviceAccounts.signJwt               | signing JWTs as the account                             |
      | iam.serviceAccounts.signBlob              | signing blobs as the account                            |
      | iam.serviceAccounts.setIamPolicy          | granting itself any of the above on the account         |
      | iam.serviceAccountKeys.create             | creating a long-lived key for the account               |
      | resourcemanager.projects.setIamPolicy     | granting itself any role on the project                 |
      | resourcemanager.folders.setIamPolicy      | granting itself any role on the folder                  |
      | resourcemanager.organizations.setIamPolicy | granting itself any role in the organization           |
