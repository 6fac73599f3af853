@vm
Feature: The VM is hardened
  The VM that runs as the workload's service account can be reached only through Identity-Aware
  Proxy, by people IAM allows through OS Login, and boots only code the stack holds.

  Why it matters: whoever gets a shell on the VM can read the Google ID token it keeps for the AWS
  SDKs, or ask the metadata server for a new one, and so assume the AWS role. The program closes every
  other way in; these rules prove it, so that a later edit cannot open one silently. They hold for
  every VM that runs as the account. Metadata is read as the guest agent reads it: the instance's
  value, else the project's (https://cloud.google.com/compute/docs/metadata/overview).

  Background:
    Given the stack under review

  Scenario: The VM has no external IP address
    Then no VM that runs as the workload's service account has an external IP address

  Scenario: OS Login decides who logs in
    Then every VM that runs as the workload's service account has OS Login enabled

  Scenario: Project-wide SSH keys are blocked
    Then every VM that runs as the workload's service account blocks project-wide SSH keys

  Scenario: No SSH keys in the VM's metadata
    Then no VM that runs as the workload's service account has SSH keys in its metadata

  Scenario: The serial console is off
    Then no VM that runs as the workload's service account has its serial port enabled, by its own or the project's metadata

  Scenario: No boot script is fetched from a URL
    Then no VM that runs as the workload's service account fetches a script from a URL, by its own or the project's metadata

  Scenario: Shielded VM is on
    Then every VM that runs as the workload's service account has Secure Boot, vTPM and integrity monitoring on

  Scenario: Only Identity-Aware Proxy can reach the VM
    Then every firewall rule that lets traffic in to a VM that runs as the workload's service account admits only these sources:
      | range           | what it is                                                                               |
      | 35.235.240.0/20 | Identity-Aware Proxy TCP forwarding (https://cloud.google.com/iap/docs/using-tcp-forwarding) |
