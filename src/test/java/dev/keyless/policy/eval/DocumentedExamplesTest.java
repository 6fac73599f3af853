package dev.keyless.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.keyless.policy.eval.wire.SimulationRequestJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs every case in {@code policy-fixtures/simulate/}: requests built from AWS documentation examples,
 * each with the decision the documentation gives (or implies) and the page and section it comes from.
 * Policies may be written as JSON objects in the fixtures for readability; they are sent as strings,
 * as the API takes them.
 */
class DocumentedExamplesTest {

    private static final Path DIR = Path.of("policy-fixtures", "simulate");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OfflineEvaluator evaluator = new OfflineEvaluator();

    @TestFactory
    Stream<DynamicTest> every_documented_example_gets_the_documented_decision() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = JSON.readTree(file.toFile());
                for (JsonNode c : doc.get("cases")) {
                    String name = file.getFileName() + ": " + c.get("section").asText() + ": " + c.get("name").asText();
                    tests.add(DynamicTest.dynamicTest(name, () -> run(c)));
                }
            }
        }
        assertThat(tests).as("documented cases").hasSizeGreaterThanOrEqualTo(150);
        return tests.stream();
    }

    private void run(JsonNode c) throws Exception {
        String request = JSON.writeValueAsString(withPolicyStrings((ObjectNode) c.get("request").deepCopy()));
        if (c.has("expectError")) {
            assertThatThrownBy(() -> evaluator.simulateCustomPolicy(SimulationRequestJson.read(request)))
                    .isInstanceOf(EvaluationException.class)
                    .satisfies(e -> assertThat(((EvaluationException) e).awsCode()).isEqualTo(c.get("expectError").asText()));
            return;
        }
        List<EvaluationResult> results = evaluator.simulateCustomPolicy(SimulationRequestJson.read(request));
        List<String> expected = new ArrayList<>();
        if (c.get("expect").isArray()) {
            c.get("expect").forEach(e -> expected.add(e.asText()));
        } else {
            expected.add(c.get("expect").asText());
        }
        assertThat(results).extracting(r -> r.evalDecision().json()).containsExactlyElementsOf(expected);
        if (c.has("expectMissing")) {
            List<String> missing = new ArrayList<>();
            c.get("expectMissing").forEach(m -> missing.add(m.asText()));
            assertThat(results.get(0).missingContextValues()).containsExactlyElementsOf(missing);
        }
        if (c.has("expectMatched")) {
            List<String> matched = new ArrayList<>();
            c.get("expectMatched").forEach(m -> matched.add(m.asText()));
            assertThat(results.get(0).matchedStatements())
                    .extracting(m -> m.sourcePolicyId() + "#" + m.statementIndex())
                    .containsExactlyElementsOf(matched);
        }
    }

    private static ObjectNode withPolicyStrings(ObjectNode request) throws IOException {
        for (String list : List.of("PolicyInputList", "PermissionsBoundaryPolicyInputList")) {
            if (request.get(list) instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).isObject()) {
                        a.set(i, TextNode.valueOf(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a.get(i))));
                    }
                }
            }
        }
        if (request.has("ResourcePolicy") && request.get("ResourcePolicy").isObject()) {
            request.put("ResourcePolicy", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(request.get("ResourcePolicy")));
        }
        return request;
    }
}
