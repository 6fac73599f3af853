package dev.keyless.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A program from outside the JVM that a test needs ({@code moto_server}, {@code shellcheck}), found
 * on the PATH. Where it is missing the test is skipped and says why; where
 * {@value #REQUIRE} is {@code true} (CI sets it) a missing tool fails the test instead, so CI can
 * never pass by skipping the end-to-end suite.
 */
record ExternalTool(String name, Path path) {

    static final String REQUIRE = "KEYLESS_REQUIRE_E2E";

    /** The tool, or a skipped (or, when required, failed) test naming what did not run. */
    static ExternalTool require(String name, String whatNeedsIt) {
        Optional<Path> found = onPath(name);
        if (found.isPresent()) {
            return new ExternalTool(name, found.get());
        }
        String reason = name + " is not on the PATH, so " + whatNeedsIt + " did not run";
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            throw new AssertionError(reason + " (" + REQUIRE + "=true: install it; .ci/run does)");
        }
        System.err.println("keyless: SKIPPED: " + reason);
        Assumptions.abort(reason);
        throw new IllegalStateException("unreachable");
    }

    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
