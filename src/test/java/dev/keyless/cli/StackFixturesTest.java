package dev.keyless.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * check-stack on every stack in policy-fixtures/stacks/ fails exactly the scenarios its
 * {@code .expected} file names (none for a compliant variant), with exit code 2 or 0.
 */
class StackFixturesTest {

    private static final Path DIR = Path.of("policy-fixtures/stacks");
    private static final Pattern FAIL = Pattern.compile("^  FAIL  (.+) › (.+)$", Pattern.MULTILINE);

    static Stream<String> fixtures() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
                    .map(n -> n.substring(0, n.length() - ".expected".length())).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void check_stack_fails_exactly_the_expected_rules(String name) throws IOException {
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".expected")).stream()
                .filter(l -> !l.isBlank()).toList();
        CliRun run = CliRun.of("check-stack", "--stack-export", DIR.resolve(name + ".json").toString(),
                "--features", "features");
        Matcher m = FAIL.matcher(run.out());
        List<String> failed = m.results().map(r -> r.group(1) + ": " + r.group(2)).toList();
        assertThat(failed).as(run.out()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.exitCode()).isEqualTo(expected.isEmpty() ? ExitCode.OK : ExitCode.VIOLATIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void every_fixture_is_named_for_what_it_is(String name) throws IOException {
        boolean compliant = Files.readAllLines(DIR.resolve(name + ".expected")).stream().allMatch(String::isBlank);
        assertThat(name).startsWith(compliant ? "compliant-" : "insecure-");
    }
}
