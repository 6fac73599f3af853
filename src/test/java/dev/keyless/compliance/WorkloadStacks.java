package dev.keyless.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The rendered three-workload stack (policy-fixtures/stacks/compliant-workloads-rendered.json: reports with
 * its own bucket and VM; ingest, an existing account, and audit sharing acme-shared-data under prefixes),
 * changed in one place for a test.
 */
final class WorkloadStacks {

    static final String SHARED = "arn:aws:s3:::acme-shared-data";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkloadStacks() {}

    static StackSnapshot compliant() {
        return with(d -> { });
    }

    static StackSnapshot with(Consumer<Doc> change) {
        try {
            Doc doc = new Doc((ObjectNode) JSON.readTree(Files.readString(Path.of("policy-fixtures/stacks/compliant-workloads-rendered.json"))));
            change.accept(doc);
            return StackExportFile.parse(JSON.writeValueAsString(doc.root), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export as JSON, with the few edits the tests make. */
    static final class Doc {
        final ObjectNode root;

        Doc(ObjectNode root) {
            this.root = root;
        }

        ObjectNode resource(String logicalName) {
            for (JsonNode r : root.path("deployment").path("resources")) {
                if (r.path("urn").asText().endsWith("::" + logicalName)) {
                    return (ObjectNode) r;
                }
            }
            throw new AssertionError("no resource " + logicalName);
        }

        /** Sets a property in inputs and outputs alike, as an export holds it. */
        void set(String logicalName, String key, String value) {
            ObjectNode r = resource(logicalName);
            ((ObjectNode) r.path("inputs")).put(key, value);
            ((ObjectNode) r.path("outputs")).put(key, value);
        }

        ObjectNode workload(String name) {
            for (JsonNode w : outputs().path("workloads")) {
                if (w.path("name").asText().equals(name)) {
                    return (ObjectNode) w;
                }
            }
            throw new AssertionError("no workload " + name);
        }

        ObjectNode outputs() {
            return (ObjectNode) root.path("deployment").path("resources").get(0).path("outputs");
        }

        String bucketOf(String workload) {
            return "arn:aws:s3:::" + workload(workload).path("bucketName").asText();
        }

        void prefixes(String workload, String... prefixes) {
            ArrayNode list = workload(workload).putArray("prefixes");
            for (String p : prefixes) {
                list.add(p);
            }
        }
    }
}
