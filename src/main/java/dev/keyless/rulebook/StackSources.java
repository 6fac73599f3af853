package dev.keyless.rulebook;

import dev.keyless.stack.StackSnapshot;

/**
 * Where a rule-book run without an explicit snapshot finds its stack: the export named by the
 * system property {@code keyless.stack-export}, else the program rendered under mocks.
 */
final class StackSources {

    static final String EXPORT_PROPERTY = "keyless.stack-export";

    private StackSources() {}

    static StackSnapshot fromEnvironment() {
        String export = System.getProperty(EXPORT_PROPERTY);
        if (export != null && !export.isBlank()) {
            return dev.keyless.stack.StackExportFile.read(java.nio.file.Path.of(export));
        }
        return dev.keyless.stack.MockedStack.render(dev.keyless.infra.FederationSettings.defaults());
    }
}
