package dev.keyless.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helpers: the program rendered under mocks, and its resources and policy documents. */
final class RenderedProgram {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static StackSnapshot defaults;

    private RenderedProgram() {}

    /** The default render, shared by the tests that only read it (a render takes ~0.5 s warm). */
    static synchronized StackSnapshot defaults() {
        if (defaults == null) {
            defaults = MockedStack.render(FederationSettings.defaults());
        }
        return defaults;
    }

    static StackSnapshot with(Map<String, String> overrides) {
        var values = new java.util.HashMap<>(Map.of(
                Setting.GCP_PROJECT.key(), FederationSettings.EXAMPLE_GCP_PROJECT,
                Setting.AWS_REGION.key(), FederationSettings.EXAMPLE_AWS_REGION));
        values.putAll(overrides);
        return MockedStack.render(FederationSettings.fromValues(values));
    }

    static StackResource only(StackSnapshot stack, String type) {
        List<StackResource> found = stack.ofType(type);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + type + ", found " + found.size());
        }
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(StackResource r, String key) {
        return (Map<String, Object>) r.inputs().get(key);
    }

    /** The statements of a policy document, whether Statement is one object or a list. */
    static List<JsonNode> statements(String policyJson) {
        JsonNode statement = tree(policyJson).path("Statement");
        List<JsonNode> out = new ArrayList<>();
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else {
            out.add(statement);
        }
        return out;
    }

    /** A string or a list of strings, as IAM allows for Action and Resource, as a list. */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode()) {
            out.add(node.asText());
        }
        return out;
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
