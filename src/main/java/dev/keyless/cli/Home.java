package dev.keyless.cli;

import java.nio.file.Path;

/** Where keyless is installed: bin/keyless passes the checkout as {@code keyless.home}. */
final class Home {

    private Home() {}

    static Path dir() {
        String home = System.getProperty("keyless.home");
        return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    static Path features() {
        return dir().resolve("features");
    }
}
