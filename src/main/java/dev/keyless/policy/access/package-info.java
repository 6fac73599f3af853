/**
 * The custom-policy-check port: Access Analyzer's {@code CheckAccessNotGranted},
 * {@code CheckNoNewAccess} and {@code CheckNoPublicAccess}, with requests and results in AWS's own
 * shapes, so an offline engine and the live adapter in {@code dev.keyless.aws} answer the same
 * questions in the same words. Pure Java: no SDK is imported here.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-custom-policy-checks.html">IAM Access Analyzer custom policy checks</a>
 */
package dev.keyless.policy.access;
