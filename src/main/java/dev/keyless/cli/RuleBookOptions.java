package dev.keyless.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Where the rule book is and where its reports go: shared by every verb that runs the rule book. */
final class RuleBookOptions {

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "write the reports here (index.html, SARIF, JUnit, summary JSON, Cucumber's HTML)")
    Path reportDir;

    @Option(names = "--features", paramLabel = "DIR", description = "the rule book (default: features/ of the checkout)")
    Path features;

    Path features() {
        return features == null ? Home.features() : features;
    }

    Optional<Path> reportDir() {
        return Optional.ofNullable(reportDir);
    }
}
