package dev.keyless.compliance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.policy.parse.PolicyReader;
import dev.keyless.stack.SecretValue;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a policy property of a stack resource into a parsed policy. The AWS provider stores policy
 * documents as JSON strings; a hand-edited export may hold an object, which is rendered back to JSON.
 */
final class PolicyText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyText() {}

    static Optional<ParsedPolicy> parse(Object property) {
        Object v = SecretValue.reveal(property);
        if (v instanceof String s && !s.isBlank()) {
            return Optional.of(PolicyReader.read(s));
        }
        if (v instanceof Map<?, ?> m) {
            try {
                return Optional.of(PolicyReader.read(JSON.writeValueAsString(m)));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A short description of why a policy could not be used, for violation messages. */
    static String defects(ParsedPolicy p) {
        return p.findings().stream()
                .filter(f -> f.findingType() == dev.keyless.policy.finding.FindingType.ERROR)
                .map(f -> f.issueCode() + " at " + f.locations().get(0).path())
                .reduce((a, b) -> a + ", " + b)
                .orElse("not a JSON object");
    }
}
