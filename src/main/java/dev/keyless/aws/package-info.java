/**
 * Live backends: the only package that talks to AWS. {@link dev.keyless.aws.AwsClients} builds the
 * SDK clients (default credential chain, region, {@code AWS_ENDPOINT_URL*}, adaptive retries,
 * bounded time); the adapters implement the pure ports of {@code dev.keyless.policy}:
 * {@link dev.keyless.aws.AccessAnalyzerPolicyValidator} (ValidatePolicy),
 * {@link dev.keyless.aws.AccessAnalyzerCustomChecks} (CheckAccessNotGranted, CheckNoNewAccess,
 * CheckNoPublicAccess), {@link dev.keyless.aws.IamPolicySimulator} (SimulateCustomPolicy,
 * SimulatePrincipalPolicy) and {@link dev.keyless.aws.DeployedRoleReader} (the deployed role's
 * documents). Every failure of a call becomes one {@link dev.keyless.aws.LiveCallException}: one
 * line that says what to do, never a pass.
 */
package dev.keyless.aws;
