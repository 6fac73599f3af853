/**
 * The Pulumi program: a GCP service account and the VM that runs as it, a private S3 bucket, a
 * read-only policy, and an IAM role that trusts {@code accounts.google.com} for exactly that
 * service account. {@link dev.keyless.infra.FederationSettings} is the one place settings are
 * read and validated; {@link dev.keyless.infra.FederationStack#stack} builds every resource from
 * them, so tests and the mocked render need no Pulumi config.
 */
package dev.keyless.infra;
