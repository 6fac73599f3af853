package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded fuzzing: ten thousand mutations of the validator's fixture policies go through
 * {@code validate-policy} in-process, and ten thousand more through {@code simulate-custom-policy
 * --batch}, with no exception escaping: every policy is answered with findings (exit 0), every batch
 * line with results or an error naming the line, never an internal error or a stack trace. A failure
 * prints the seed and the input, so it can be replayed.
 */
class PolicyFuzzTest {

    private static final long SEED = 20261203L;
    private static final int POLICIES = 10_000;
    private static final String[][] TYPES = {{"IDENTITY_POLICY"}, {"RESOURCE_POLICY"}, {"SERVICE_CONTROL_POLICY"},
            {"RESOURCE_CONTROL_POLICY"}, {"RESOURCE_POLICY", "AWS::IAM::AssumeRolePolicyDocument"},
            {"RESOURCE_POLICY", "AWS::S3::Bucket"}};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> seeds;

    @BeforeAll
    static void seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("policy-fixtures/validate"))) {
            seeds = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
        assertThat(seeds).hasSizeGreaterThan(50);
    }

    @Test
    void ten_thousand_mutated_policies_through_validate_policy_never_escape_as_an_exception() {
        PolicyMutator mutator = new PolicyMutator(SEED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // One command line for every run, as picocli allows: it resets the options before each parse.
        var cl = Main.commandLine(new String[] {"validate-policy"});
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        for (int i = 0; i < POLICIES; i++) {
            String policy = mutator.mutate(seeds.get(i % seeds.size()));
            String[] type = TYPES[i % TYPES.length];
            List<String> args = new ArrayList<>(List.of("validate-policy", "--policy-type", type[0], "--policy-document", policy));
            if (type.length > 1) {
                args.addAll(List.of("--validate-policy-resource-type", type[1]));
            }
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int exit = cl.execute(args.toArray(String[]::new));
            String replay = "seed " + SEED + ", policy " + i + " (" + String.join(" ", type) + "): " + policy;
            assertThat(err.toString()).as(replay).doesNotContain("internal error").doesNotContain("\tat ");
            if (exit == ExitCode.OK) {
                assertThat(out.toString()).as(replay).startsWith("{\n    \"findings\": [");
            } else {
                // only the input limits may refuse a policy before validation
                assertThat(exit).as(replay).isEqualTo(ExitCode.TOOL_ERROR);
                assertThat(err.toString().lines().filter(l -> !l.startsWith("keyless: note:")).toList()).as(replay).hasSize(1);
            }
        }
    }

    @Test
    void ten_thousand_mutated_requests_through_batch_answer_every_line_without_an_internal_error(@TempDir Path dir)
            throws IOException {
        PolicyMutator mutator = new PolicyMutator(SEED + 1);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < POLICIES; i++) {
            var request = JsonNodeFactory.instance.objectNode();
            request.putArray("PolicyInputList").add(mutator.mutate(seeds.get(i % seeds.size())));
            request.putArray("ActionNames").add("s3:GetObject").add("iam:PassRole").add("sts:AssumeRole");
            request.putArray("ResourceArns").add("arn:aws:s3:::keyless-data/reports/q3.csv");
            String line = JSON.createObjectNode().put("id", i).set("request", request).toString();
            // one line in four is damaged as a whole, so the line reader is fuzzed too
            lines.append(i % 4 == 3 ? mutator.mutate(line) : line).append('\n');
        }
        Path batch = Files.writeString(dir.resolve("fuzz.jsonl"), lines);
        // the batch cuts lines at \n only (JSON Lines), and skips lines of spaces and tabs (and a CR before the \n)
        long expected = Stream.of(Files.readString(batch).split("\n")).filter(l -> !l.matches("[ \t]*\r?")).count();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            String[] argv = {"simulate-custom-policy", "--batch", batch.toString()};
            var cl = Main.commandLine(argv);
            cl.setErr(new PrintWriter(err, true));
            exit = cl.execute(argv);
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isIn(ExitCode.OK, ExitCode.TOOL_ERROR);
        assertThat(err.toString()).doesNotContain("internal error").doesNotContain("\tat ");
        List<String> answers = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(answers).hasSize((int) expected);
        long errors = 0;
        for (String answer : answers) {
            JsonNode a = JSON.readTree(answer);
            assertThat(a.has("id")).as(answer).isTrue();
            assertThat(a.has("EvaluationResults") ^ a.has("error")).as(answer).isTrue();
            if (a.has("error")) {
                errors++;
                assertThat(a.get("error").asText()).as("seed %d: %s", SEED + 1, answer).doesNotStartWith("InternalError")
                        .containsPattern("line \\d+");
            }
        }
        assertThat(errors).as("the mutations must refuse some requests and leave others answerable")
                .isBetween(1L, expected - 1);
    }
}
