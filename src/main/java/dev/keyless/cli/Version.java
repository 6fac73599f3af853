package dev.keyless.cli;

import picocli.CommandLine;

/** Reports the tool version from the jar manifest, or "development" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"keyless " + current()};
    }
}
