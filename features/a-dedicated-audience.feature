@audience
Feature: A dedicated audience
  The audience of the workload's Google ID tokens is used for AWS only.

  Why it matters: the role pins accounts.google.com:oaud so that a token the workload minted for
  another service cannot be replayed to AWS. That holds only while no other service receives tokens
  for the same audience. Cloud Run, Cloud Functions, App Engine, API Gateway and Google's APIs accept
  Google ID tokens whose audience is their own address
  (https://cloud.google.com/run/docs/authenticating/service-to-service); if the audience the role pins
  is such an address, every token the workload sends there works at AWS too, for the service and for
  anyone who reads its logs. The default, sts.amazonaws.com, names AWS itself; the program refuses
  the hosts below as a setting, and this feature catches them in any stack export. The audience is
  read wherever the stack sets it: the tokenAudience output, every trust policy's
  accounts.google.com:oaud, and the metadata the VM asks Google with.

  Background:
    Given the stack under review

  Scenario: The audience is not the address of a Google-hosted service
    Then no token audience the stack sets is the address of a service under these hosts:
      | host                  | what serves there                                     |
      | run.app               | Cloud Run services                                    |
      | cloudfunctions.net    | Cloud Functions                                       |
      | googleapis.com        | Google APIs, including IAM workload identity pools    |
      | appspot.com           | App Engine                                            |
      | googleusercontent.com | services Google hosts for customers                   |
      | gateway.dev           | API Gateway                                           |
      | cloud.goog            | Cloud Endpoints and IAP-protected apps                |
      | web.app               | Firebase Hosting                                      |
      | firebaseapp.com       | Firebase Hosting                                      |

  Scenario: No other service of the stack receives the audience
    Then no resource of the stack but the AWS side and the VM names the token audience, as a value or as a host it serves or calls
