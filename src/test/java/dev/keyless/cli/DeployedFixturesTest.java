package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.aws.FakeAccount;
import dev.keyless.infra.PolicyDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.keyless.cli.VerifyDeployedTest.AUDIENCE;
import static dev.keyless.cli.VerifyDeployedTest.BUCKET;
import static dev.keyless.cli.VerifyDeployedTest.BUCKET_ARN;
import static dev.keyless.cli.VerifyDeployedTest.POLICY_ARN;
import static dev.keyless.cli.VerifyDeployedTest.ROLE;
import static dev.keyless.cli.VerifyDeployedTest.ROLE_ARN;
import static dev.keyless.cli.VerifyDeployedTest.SA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify-deployed on every deployment in policy-fixtures/deployed/ fails exactly the scenarios its
 * {@code .expected} names, and together the fixtures fail every scenario of the deployed-role feature:
 * the part of "every rule can fail" ({@link EveryRuleCanFailTest}) that needs the deployed role.
 */
class DeployedFixturesTest {

    private static final Path DIR = Path.of("policy-fixtures/deployed");
    private static final Pattern RESULT = Pattern.compile("^  (PASS|FAIL|ERR )  (.+) › (.+)$", Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final LiveFake aws = new LiveFake();

    @TempDir
    Path tmp;


    static Stream<String> fixtures() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void verify_deployed_fails_exactly_the_expected_scenarios(String name) throws IOException {
        Map<String, List<String>> outcome = run(name);
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".expected")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(outcome.get("FAIL")).as(name).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(outcome.get("ERR ")).as(name + ": no scenario left unjudged").isEmpty();
        assertThat(name).startsWith(expected.isEmpty() ? "compliant-" : "insecure-");
    }

    @Test
    void every_scenario_of_the_deployed_role_is_failed_by_some_fixture() throws IOException {
        Map<String, List<String>> compliant = run("compliant-as-reviewed");
        Set<String> scenarios = new TreeSet<>(compliant.get("PASS"));
        Set<String> failed = new TreeSet<>();
        for (String name : fixtures().toList()) {
            failed.addAll(Files.readAllLines(DIR.resolve(name + ".expected")).stream().filter(l -> !l.isBlank()).toList());
        }
        assertThat(scenarios).hasSizeGreaterThan(10);
        assertThat(failed).containsAll(scenarios);
    }

    /** Scenario names by outcome, after deploying the fixture into the fake account and verifying it. */
    private Map<String, List<String>> run(String name) throws IOException {
        JsonNode fixture = JSON.readTree(DIR.resolve(name + ".json").toFile());
        FakeAccount account = FakeAccount.empty();
        List<String> attached = new ArrayList<>();
        for (JsonNode p : fixture.path("managedPolicies")) {
            if (p.isTextual() && p.asText().equals("reviewed")) {
                account.putPolicy(new FakeAccount.ManagedPolicy(POLICY_ARN, "v1", PolicyDocuments.readOnly(BUCKET_ARN)));
                attached.add(POLICY_ARN);
            } else {
                account.putPolicy(new FakeAccount.ManagedPolicy(p.get("arn").asText(), "v1", p.get("document").toString()));
                attached.add(p.get("arn").asText());
            }
        }
        Map<String, String> inline = new LinkedHashMap<>();
        fixture.path("inlinePolicies").fields().forEachRemaining(e -> inline.put(e.getKey(), e.getValue().toString()));
        JsonNode trust = fixture.path("trustPolicy");
        String trustText = trust.isTextual() && trust.asText().equals("reviewed") ? PolicyDocuments.trust(SA, AUDIENCE)
                : trust.toString();
        account.putRole(new FakeAccount.Role(ROLE, ROLE_ARN, trustText, attached, inline));
        aws.fake().reset();
        aws.fake().computeAnswers(account, 100);

        Path outputs = Files.writeString(tmp.resolve(name + "-outputs.json"), """
                {"bucketName": "%s", "roleArn": "%s", "serviceAccountUniqueId": "%s", "tokenAudience": "%s"}
                """.formatted(BUCKET, ROLE_ARN, SA, AUDIENCE));
        CliRun run = CliRun.of("verify-deployed", "--stack-outputs", outputs.toString(), "--features", "features");
        assertThat(run.err()).as(name + " " + run.out()).isEmpty();
        Map<String, List<String>> out = new LinkedHashMap<>(Map.of("PASS", new ArrayList<>(), "FAIL", new ArrayList<>(),
                "ERR ", new ArrayList<>()));
        Matcher m = RESULT.matcher(run.out());
        while (m.find()) {
            out.get(m.group(1)).add(m.group(2) + ": " + m.group(3));
        }
        return out;
    }
}
