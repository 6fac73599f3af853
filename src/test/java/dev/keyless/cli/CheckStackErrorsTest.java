package dev.keyless.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckStackErrorsTest {

    @TempDir
    Path tmp;

    private static void assertToolError(CliRun run, String mentions) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("keyless: ").contains(mentions).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("COMPLIANT");
    }

    @Test
    void a_missing_export_is_a_tool_error_never_a_pass() {
        assertToolError(CliRun.of("check-stack", "--stack-export", tmp.resolve("nope.json").toString()), "nope.json");
    }

    @Test
    void a_file_that_is_not_json_is_a_tool_error() throws IOException {
        Path f = Files.writeString(tmp.resolve("x.json"), "this is not json");
        assertToolError(CliRun.of("check-stack", "--stack-export", f.toString()), "x.json");
    }

    @Test
    void json_that_is_not_a_stack_export_is_a_tool_error() throws IOException {
        Path f = Files.writeString(tmp.resolve("policy.json"), "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        assertToolError(CliRun.of("check-stack", "--stack-export", f.toString()), "policy.json");
    }

    @Test
    void a_missing_rule_book_is_a_tool_error() {
        assertToolError(CliRun.of("check-stack", "--stack-export", "policy-fixtures/stacks/compliant-rendered.json",
                "--features", tmp.resolve("no-features").toString()), "no rule book");
    }

    @Test
    void an_unknown_option_is_a_tool_error_with_a_hint() {
        CliRun run = CliRun.of("check-stack", "--stack", "x");
        assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err()).contains("keyless check-stack --help");
    }
}
