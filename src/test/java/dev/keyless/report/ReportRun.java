package dev.keyless.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.cli.CliRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** check-stack on a fixture with a report folder under target/ (so SARIF URIs are repository-relative). */
record ReportRun(CliRun cli, Path dir) {

    static final Path ROOT = Path.of("target/report-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    static ReportRun of(String name, String fixture, String... extra) {
        Path dir = ROOT.resolve(name);
        try {
            if (Files.exists(dir)) {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("check-stack", "--stack-export",
                "policy-fixtures/stacks/" + fixture + ".json", "--features", "features", "--report-dir", dir.toString()));
        args.addAll(List.of(extra));
        return new ReportRun(CliRun.of(args.toArray(String[]::new)), dir);
    }

    String text(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json(String file) {
        try {
            return JSON.readTree(dir.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
