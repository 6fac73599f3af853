package dev.keyless.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a snapshot as {@code pulumi stack export} does: fields in the engine's order, property
 * keys sorted (Go marshals maps that way), empty fields left out ({@code omitempty}). No secrets
 * provider is written: a render has none, and secrets go out decrypted ({@code "plaintext"}), as
 * {@code pulumi stack export --show-secrets} writes them.
 */
final class StackExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Laid out like Go's json.MarshalIndent with four spaces, as the Pulumi CLI writes exports. */
    private static final DefaultPrettyPrinter GO_STYLE = goStyle();

    private StackExportWriter() {}

    static String write(StackSnapshot snapshot, Instant time) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", StackExportFile.VERSION);
        ObjectNode deployment = root.putObject("deployment");
        ObjectNode manifest = deployment.putObject("manifest");
        String engine = engineVersion();
        manifest.put("time", time.toString());
        manifest.put("magic", magic(engine));
        manifest.put("version", engine);
        ArrayNode resources = deployment.putArray("resources");
        snapshot.resources().forEach(r -> resources.add(resource(r)));
        try {
            return JSON.writer(GO_STYLE).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot holds only JSON values", e);
        }
    }

    private static ObjectNode resource(StackResource r) {
        ObjectNode n = JSON.createObjectNode();
        ResourceLinks links = r.links();
        n.put("urn", r.urn());
        n.put("custom", links.custom());
        r.id().ifPresent(id -> n.put("id", id));
        n.put("type", r.type());
        putProperties(n, "inputs", r.inputs());
        putProperties(n, "outputs", r.outputs());
        links.parent().ifPresent(p -> n.put("parent", p));
        if (!links.dependencies().isEmpty()) {
            n.set("dependencies", JSON.valueToTree(links.dependencies()));
        }
        links.provider().ifPresent(p -> n.put("provider", p));
        if (!links.propertyDependencies().isEmpty()) {
            n.set("propertyDependencies", JSON.valueToTree(new TreeMap<>(links.propertyDependencies())));
        }
        return n;
    }

    private static void putProperties(ObjectNode n, String field, Map<String, Object> properties) {
        if (!properties.isEmpty()) {
            n.set(field, value(properties));
        }
    }

    private static JsonNode value(Object v) {
        if (v instanceof SecretValue s) {
            ObjectNode secret = JSON.createObjectNode();
            secret.put(StackExportFile.SIG_KEY, StackExportFile.SECRET_SIG);
            if (s.plaintext().isPresent() || s.ciphertext().isEmpty()) {
                secret.put("plaintext", value(s.plaintext().orElse(null)).toString());
            } else {
                secret.put("ciphertext", s.ciphertext().get());
            }
            return secret;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = JSON.createObjectNode();
            new TreeMap<>(m).forEach((k, x) -> o.set(String.valueOf(k), value(x)));
            return o;
        }
        if (v instanceof List<?> l) {
            ArrayNode a = JSON.createArrayNode();
            l.forEach(x -> a.add(value(x)));
            return a;
        }
        return JSON.valueToTree(v);
    }

    private static DefaultPrettyPrinter goStyle() {
        var indent = new DefaultIndenter("    ", "\n");
        var separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
    }

    /** Who wrote the deployment: keyless's own version, so nobody takes a render for a real stack. */
    static String engineVersion() {
        String v = StackExportWriter.class.getPackage().getImplementationVersion();
        return "keyless-render-" + (v == null ? "0.1.0-dev" : v);
    }

    /** Pulumi's manifest magic: hex SHA-256 of the version string (Manifest.NewMagic in the engine). */
    static String magic(String version) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
