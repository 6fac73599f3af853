package dev.keyless.policy.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every policy in policy-fixtures/validate/ yields exactly the findings its expectation file lists. */
class ValidateFixturesTest {

    private static final Path DIR = Path.of("policy-fixtures/validate");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PolicyValidator VALIDATOR = new OfflinePolicyValidator();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void policy_yields_exactly_the_expected_findings(String name) throws IOException {
        JsonNode expected = JSON.readTree(DIR.resolve(name + ".expected.json").toFile());
        String document = Files.readString(DIR.resolve(name + ".json"));
        ValidateRequest request = new ValidateRequest(document,
                PolicyType.valueOf(expected.get("policyType").asText()),
                Optional.ofNullable(expected.get("resourceType")).filter(n -> !n.isNull()).map(JsonNode::asText));
        List<String> want = new ArrayList<>();
        expected.get("findings").forEach(f -> want.add(f.get("issueCode").asText() + " @ " + f.get("path").asText()));
        List<String> got = VALIDATOR.validate(request).findings().stream()
                .map(f -> f.issueCode() + " @ " + (f.locations().isEmpty() ? "-" : f.locations().get(0).path()))
                .toList();
        assertThat(got).as("findings for %s (%s)", name, expected.get("source").asText())
                .containsExactlyInAnyOrderElementsOf(want);
    }
}
