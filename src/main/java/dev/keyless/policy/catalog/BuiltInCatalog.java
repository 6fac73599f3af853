package dev.keyless.policy.catalog;

/** Holder: the JVM reads the resource once, on first use, and publishes it safely to all threads. */
final class BuiltInCatalog {

    static final IamCatalog INSTANCE = new IndexedCatalog(CatalogFile.readBuiltIn());

    private BuiltInCatalog() {
    }
}
