package dev.keyless.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.io.StrictJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a version 3 deployment into a snapshot. Strict where a mistake could hide a resource or a
 * value (duplicate keys, resources without URN or type, unknown versions), lenient about fields
 * that do not change what a resource is (timestamps, protect, source positions, ...).
 */
final class StackExportReader {

    /** Duplicate members refused, nesting and lengths capped: {@link StrictJson}. */
    private static final ObjectMapper JSON = StrictJson.mapper();

    private final String source;

    StackExportReader(String source) {
        this.source = source;
    }

    StackSnapshot read(String json) {
        JsonNode root = parse(json);
        JsonNode version = root.get("version");
        JsonNode deployment = root.get("deployment");
        if (!root.isObject() || version == null || deployment == null) {
            throw fail("not a Pulumi stack export (expected {\"version\": 3, \"deployment\": {...}} as `pulumi stack export` writes)");
        }
        if (!version.isIntegralNumber() || version.asInt() != StackExportFile.VERSION) {
            throw fail("deployment version " + version + " is not supported: keyless reads version "
                    + StackExportFile.VERSION + ", what current Pulumi CLIs export (upgrade Pulumi and export again)");
        }
        if (!deployment.isObject()) {
            throw fail("\"deployment\" must be an object");
        }
        JsonNode list = deployment.path("resources");
        List<StackResource> resources = new ArrayList<>();
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw fail("deployment.resources must be a list");
            }
            for (int i = 0; i < list.size(); i++) {
                resources.add(resource(i, list.get(i)));
            }
        }
        Optional<StackResource> stackResource = resources.stream().filter(r -> r.isType(Urn.STACK_TYPE)).findFirst();
        Optional<Urn> naming = stackResource.or(() -> resources.stream().findFirst())
                .flatMap(r -> Urn.parse(r.urn()));
        return new StackSnapshot(naming.map(Urn::project).orElse(""), naming.map(Urn::stack).orElse(""),
                "stack export " + source, resources, stackResource.map(StackResource::outputs).orElse(Map.of()));
    }

    private JsonNode parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw fail("empty file, not a stack export");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw fail("not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private StackResource resource(int index, JsonNode node) {
        String at = "deployment.resources[" + index + "]";
        if (!node.isObject()) {
            throw fail(at + " must be an object");
        }
        String urnText = text(node, "urn", at).orElseThrow(() -> fail(at + " has no \"urn\""));
        String type = text(node, "type", at).orElseThrow(() -> fail(at + " (" + urnText + ") has no \"type\""));
        Urn urn = Urn.parse(urnText).orElseThrow(() -> fail(at + ": '" + urnText + "' is not a Pulumi URN (urn:pulumi:STACK::PROJECT::TYPE::NAME)"));
        var links = new ResourceLinks(node.path("custom").asBoolean(false), text(node, "parent", at),
                text(node, "provider", at), urns(node.get("dependencies"), at + ".dependencies"),
                propertyDependencies(node.get("propertyDependencies"), at));
        return new StackResource(type, urn.name(), urnText, text(node, "id", at).filter(s -> !s.isEmpty()),
                properties(node.get("inputs"), at + ".inputs"), properties(node.get("outputs"), at + ".outputs"), links);
    }

    private Map<String, List<String>> propertyDependencies(JsonNode node, String at) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw fail(at + ".propertyDependencies must be an object");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), urns(e.getValue(), at + ".propertyDependencies." + e.getKey()));
        }
        return out;
    }

    private List<String> urns(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw fail(at + " must be a list of URNs");
        }
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private Map<String, Object> properties(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw fail(at + " must be an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), value(e.getValue())));
        return out;
    }

    /** A property value; secrets become {@link SecretValue}, other special objects stay maps. */
    private Object value(JsonNode node) {
        if (node.isObject()) {
            if (StackExportFile.SECRET_SIG.equals(node.path(StackExportFile.SIG_KEY).asText(null))) {
                return secret(node);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            node.properties().forEach(e -> out.put(e.getKey(), value(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            node.forEach(n -> out.add(value(n)));
            return out;
        }
        if (node.isNumber()) {
            return PropertyValues.plain(node.numberValue());
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    /** The plaintext of a decrypted secret is itself JSON: the serialized value (property-values.json). */
    private Object secret(JsonNode node) {
        if (node.hasNonNull("ciphertext")) {
            return SecretValue.encrypted(node.get("ciphertext").asText());
        }
        JsonNode plaintext = node.get("plaintext");
        if (plaintext == null || !plaintext.isTextual()) {
            return SecretValue.encrypted("");
        }
        try {
            return SecretValue.plain(value(JSON.readTree(plaintext.asText())));
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                // read one way here and another by Pulumi: refused like a duplicate anywhere else
                throw fail("a secret's plaintext is JSON with a duplicate member: " + e.getOriginalMessage());
            }
            return SecretValue.plain(plaintext.asText());
        }
    }

    private Optional<String> text(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw fail(at + "." + field + " must be a string");
        }
        return Optional.of(v.asText());
    }

    private StackExportException fail(String problem) {
        return new StackExportException(source + ": " + problem);
    }
}
