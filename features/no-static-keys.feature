@static-keys
Feature: No static keys
  Nothing in the stack holds a long-lived credential.

  Why it matters: a key that never expires is a key that eventually leaks — through a repository,
  a log, an image or a laptop — and then works for an attacker until someone notices. The workload
  gets a Google ID token from the metadata server and trades it for AWS credentials that expire
  within the hour; no step needs a stored key.

  A key rarely looks like a key where it hides: keyless reads every input and output of every
  resource and every stack output, decodes base64 (standard or URL-safe, wrapped or not), hex and
  gzip inside them, down to four levels and within fixed size bounds (a value past a bound fails the
  rule), and reads the named values of env, .ini, YAML and JSON text. It finds AWS access key ids
  (also cut into pieces across the values of one resource), AWS secret keys, PEM, DER, OpenSSH and
  PuTTY private keys, Google service-account key files, API keys and OAuth client secrets, and
  secret-looking values under names such as *SECRET*, *PASSWORD*, *_KEY or *_TOKEN. A finding names
  the resource and the property path, and never repeats the secret.

  Background:
    Given the stack under review

  Scenario: No resource creates a long-lived credential
    Then the stack creates none of these credential resources:
      | type                                                         | what it is                          |
      | aws:iam/accessKey:AccessKey                                  | AWS access key                      |
      | aws:iam/user:User                                            | IAM user (long-lived identity)      |
      | aws:iam/userLoginProfile:UserLoginProfile                    | console password                    |
      | aws:iam/serviceSpecificCredential:ServiceSpecificCredential  | service-specific password           |
      | aws:iam/signingCertificate:SigningCertificate                | X.509 signing certificate           |
      | aws:iam/sshKey:SshKey                                        | SSH public key for an IAM user      |
      | gcp:serviceaccount/key:Key                                   | service-account key file            |
      | gcp:serviceAccount/key:Key                                   | service-account key file (alias)    |
      | google-native:iam/v1:Key                                     | service-account key file            |
      | gcp:storage/hmacKey:HmacKey                                  | Cloud Storage HMAC key              |
      | gcp:apikeys/key:Key                                          | Google API key                      |

  Scenario: No key material in any resource property
    Then no resource input or output holds an access key, a secret key, a private key or a service-account key file

  Scenario: Providers use no static credentials
    Then no cloud provider of the stack is configured with static credentials
