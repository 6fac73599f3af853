/**
 * Web-identity federation with Google as AWS STS sees it: a Google ID token's claims become the
 * {@code accounts.google.com:*} condition keys a role trust policy is evaluated with, and tokens STS
 * would refuse (another issuer, unsigned) are refused here with the reason.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif">Available keys for AWS web identity federation</a>
 */
package dev.keyless.policy.trust;
