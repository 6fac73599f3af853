/**
 * Finding long-lived credentials in any encoding: key shapes in text ({@link dev.keyless.compliance.secrets.KeyShapes}),
 * secret-looking values under secret-like names ({@link dev.keyless.compliance.secrets.SecretNames}),
 * named values inside .ini, env, YAML-ish and JSON text ({@link dev.keyless.compliance.secrets.NamedValues}),
 * bounded decoding of base64, hex and gzip ({@link dev.keyless.compliance.secrets.Decoding}), and an AWS
 * key id split across values ({@link dev.keyless.compliance.secrets.SplitKeyIds}).
 * {@link dev.keyless.compliance.secrets.SecretScanner} ties them together with depth and size bounds.
 * A finding names where the credential sits and what it is; it never repeats the secret.
 */
package dev.keyless.compliance.secrets;
