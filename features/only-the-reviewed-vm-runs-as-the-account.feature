@runs-as
Feature: Only the reviewed VM runs as the account
  The workload's service account runs one thing: the VM this stack reviews.

  Why it matters: code that runs as a service account asks the metadata server for the account's
  Google ID tokens, and with them assumes the AWS role. A second VM, an instance template, a Cloud Run
  service, a Cloud Function, a GKE node pool, a Dataflow or Composer job, a Cloud Scheduler job or a
  Pub/Sub push subscription that signs its requests with the account's OIDC token, a provider that
  impersonates it: each is one more door to the role. keyless does not list those kinds of resources
  (a list would miss the next one); it reads every value of every resource, and whatever names the
  account must be one of the few things that may: the account itself, IAM grants (judged in "Who can
  act as the service account"), firewall rules, the AWS side that trusts it, and the reviewed VM named
  by the stack output instanceName.

  The federated identity must be the workload's own: the project's Compute Engine default service
  account runs every VM created without an explicit account, and Google's service agents act for
  Google's services (https://cloud.google.com/iam/docs/service-account-types).

  Background:
    Given the stack under review

  Scenario: Nothing but the reviewed VM runs as the service account
    Then no resource but the reviewed VM runs as, or acts for, the workload's service account

  Scenario: The federated identity is not a shared service account
    Then the workload's service account is not a default service account or a service agent
