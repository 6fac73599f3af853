package dev.keyless.cli;

import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.rulebook.ScenarioResult;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario check-stack judges, offline or live, is failed by at least one fixture: a stack in
 * policy-fixtures/stacks/ whose {@code .expected} (or {@code .expected-live}) names it, which
 * {@link StackFixturesTest} and {@link LiveStackFixturesTest} then prove. A rule no fixture breaks is
 * a rule nobody has seen fail. The verifier's two scenarios judge a file of the repository instead of
 * the stack; their failing fixture is named here and proven by VerifierPolicyRuleBookTest. The
 * deployed-role scenarios are failed by the deployments in policy-fixtures/deployed/ (DeployedFixturesTest).
 */
class EveryRuleCanFailTest {

    private static final Path STACKS = Path.of("policy-fixtures/stacks");
    private static final Path FEATURES = Path.of("features");
    private static final Map<String, Path> OTHER_FIXTURES = Map.of(
            "keyless's own permissions are least privilege: Access Analyzer finds no ERROR or SECURITY_WARNING in the verifier's policy",
            Path.of("policy-fixtures/verifier/insecure-verifier-policy.json"),
            "keyless's own permissions are least privilege: The verifier's policy changes nothing",
            Path.of("policy-fixtures/verifier/insecure-verifier-policy.json"));

    @Test
    void every_scenario_of_the_rule_book_is_failed_by_some_fixture() throws IOException {
        StackSnapshot compliant = StackExportFile.read(STACKS.resolve("compliant-rendered.json"));
        Set<String> scenarios = new TreeSet<>();
        for (String tags : new String[] {RuleBook.OFFLINE_TAGS, RuleBook.LIVE_TAGS}) {
            RuleBookResult result = RuleBook.run(compliant, new RuleBook.Options(FEATURES, tags, java.util.Optional.empty()));
            result.scenarios().stream().map(ScenarioResult::qualifiedName).forEach(scenarios::add);
        }
        Set<String> failedSomewhere = new TreeSet<>();
        try (Stream<Path> files = Files.list(STACKS)) {
            files.filter(f -> f.toString().endsWith(".expected") || f.toString().endsWith(".expected-live"))
                    .forEach(f -> failedSomewhere.addAll(lines(f)));
        }
        OTHER_FIXTURES.forEach((scenario, fixture) -> {
            assertThat(fixture).as(scenario).exists();
            failedSomewhere.add(scenario);
        });

        assertThat(scenarios).as("the rule book has scenarios").hasSizeGreaterThan(50);
        assertThat(failedSomewhere).as("scenarios no fixture fails").containsAll(scenarios);
        assertThat(scenarios).as("fixtures expecting scenarios the rule book does not have").containsAll(failedSomewhere);
    }

    private static Set<String> lines(Path file) {
        try {
            return new TreeSet<>(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(String::strip).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
