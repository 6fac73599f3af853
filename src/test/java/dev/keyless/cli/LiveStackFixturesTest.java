package dev.keyless.cli;

import dev.keyless.aws.FakeAccount;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same rule book, live: {@code check-stack --live} on every stack in policy-fixtures/stacks/,
 * against the fake AWS computing its answers from the requests, fails exactly the scenarios the
 * offline run fails ({@code .expected}) plus the live-only ones its {@code .expected-live} names,
 * with the same exit code, and never with a tool error; except a stack its {@code .live-refused}
 * names, which AWS's simulator cannot decide faithfully: that run is a tool error with that message.
 */
class LiveStackFixturesTest {

    private static final Path DIR = Path.of("policy-fixtures/stacks");
    private static final Pattern NOT_PASSED = Pattern.compile("^  (?:FAIL|ERR )  (.+) › (.+)$", Pattern.MULTILINE);

    @RegisterExtension
    static final LiveFake aws = new LiveFake();


    static Stream<String> fixtures() {
        return StackFixturesTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void live_check_stack_fails_the_offline_rules_and_the_expected_live_ones(String name) throws IOException {
        aws.fake().reset();
        aws.fake().computeAnswers(FakeAccount.empty(), 100);
        List<String> expected = new ArrayList<>(lines(DIR.resolve(name + ".expected")));
        Path live = DIR.resolve(name + ".expected-live");
        if (Files.exists(live)) {
            expected.addAll(lines(live));
        }

        CliRun run = CliRun.of("check-stack", "--live", "--stack-export", DIR.resolve(name + ".json").toString(),
                "--features", "features");
        Path refused = DIR.resolve(name + ".live-refused");
        if (Files.exists(refused)) {
            assertThat(run.err()).as(run.out()).contains(Files.readString(refused).strip());
            assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
            return;
        }

        Matcher m = NOT_PASSED.matcher(run.out());
        List<String> failed = m.results().map(r -> r.group(1) + ": " + r.group(2)).toList();
        assertThat(run.err()).as("no tool error").isEmpty();
        assertThat(failed).as(run.out()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.exitCode()).isEqualTo(expected.isEmpty() ? ExitCode.OK : ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("mode: live").contains("AWS: " + aws.fake().requestCount() + " requests");
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }
}
