/**
 * keyless: keyless S3 access for GCP workloads, proven safe before it deploys. The root package holds
 * only {@link dev.keyless.UserError}, the one failure type every layer may raise for the user.
 */
package dev.keyless;
