/**
 * An AWS account's IAM policies as {@code aws iam get-account-authorization-details} returns them:
 * users, groups and roles with their inline policies, attached managed policies and role trust
 * policies, and the managed policies with their versions. Read strictly, documents kept as the file
 * holds them. Pure Jackson, no SDK.
 */
package dev.keyless.policy.account;
