package dev.keyless.policy.lint;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.model.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input is a finding with a location, never an exception: every fixture, cut short,
 * with characters deleted and with stray characters inserted, is validated as every policy type,
 * and every finding must carry a registered issue code and locations inside the text.
 */
class ValidatorRobustnessTest {

    private static final Path DIR = Path.of("policy-fixtures/validate");
    private static final OfflinePolicyValidator VALIDATOR = new OfflinePolicyValidator();
    private static final Set<String> CODES = Arrays.stream(IssueCode.values()).map(Enum::name).collect(Collectors.toSet());
    private static final char[] STRAY = {'{', '}', '[', ']', '"', ',', ':', '*', '?', 'x', '\\', '\u2019', '\n', '$'};
    private static final int EDITS = 30;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".expected.json"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void every_mangled_version_of_a_fixture_yields_findings_not_exceptions(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name));
        Random random = new Random(name.hashCode());
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            variants.add(text.substring(0, at));
            variants.add(text.substring(0, at) + text.substring(Math.min(text.length(), at + 1)));
            variants.add(text.substring(0, at) + STRAY[random.nextInt(STRAY.length)] + text.substring(at));
        }
        for (String variant : variants) {
            for (ValidateRequest request : requests(variant)) {
                for (Finding f : VALIDATOR.validate(request).findings()) {
                    assertThat(CODES).as("code of %s", f).contains(f.issueCode());
                    assertThat(f.locations()).as("locations of %s", f).isNotEmpty();
                    for (Location l : f.locations()) {
                        assertThat(l.span().start().offset()).isBetween(0, variant.length());
                        assertThat(l.span().end().offset()).isBetween(l.span().start().offset(), variant.length());
                    }
                }
            }
        }
    }

    private static List<ValidateRequest> requests(String text) {
        return List.of(ValidateRequest.identity(text), ValidateRequest.trust(text), ValidateRequest.bucket(text),
                new ValidateRequest(text, PolicyType.RESOURCE_POLICY, Optional.empty()),
                new ValidateRequest(text, PolicyType.SERVICE_CONTROL_POLICY, Optional.empty()));
    }
}
