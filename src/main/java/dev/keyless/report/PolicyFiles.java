package dev.keyless.report;

import dev.keyless.gate.PolicyDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each readable policy document under {@code policies/}, byte for byte the text that was
 * validated, so the line and column of every finding (and every SARIF region) point at the right
 * character of the file a reviewer or code scanning opens.
 */
final class PolicyFiles {

    static final String DIR = "policies";

    private PolicyFiles() {}

    /** Document id → path relative to the report folder. */
    static Map<String, String> write(Path reportDir, Iterable<PolicyDocument> documents) throws IOException {
        Path dir = reportDir.resolve(DIR);
        Files.createDirectories(dir);
        Map<String, String> out = new LinkedHashMap<>();
        for (PolicyDocument d : documents) {
            if (d.document().isPresent()) {
                String name = d.id() + ".json";
                Files.writeString(dir.resolve(name), d.document().get().text(), StandardCharsets.UTF_8);
                out.put(d.id(), DIR + "/" + name);
            }
        }
        return out;
    }
}
