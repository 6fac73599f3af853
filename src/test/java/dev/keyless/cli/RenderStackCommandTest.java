package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.stack.StackExportFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RenderStackCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void render_stack_writes_the_export_to_standard_output_without_out() throws IOException {
        assertThat(run("render-stack")).isEqualTo(ExitCode.OK);
        JsonNode export = new ObjectMapper().readTree(out.toString());
        assertThat(export.path("version").asInt()).isEqualTo(3);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void render_stack_with_a_stack_config_file_renders_that_stack(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("Pulumi.prod.yaml");
        Files.writeString(config, """
                config:
                  gcp:project: acme-data-prod
                  aws:region: eu-west-1
                  keyless-federation:tokenAudience: https://keyless.acme.example/aws
                """);
        Path file = dir.resolve("out/prod.json");

        assertThat(run("render-stack", "--config", config.toString(), "--out", file.toString())).isEqualTo(ExitCode.OK);

        var stack = StackExportFile.read(file);
        assertThat(stack.stack()).isEqualTo("prod");
        assertThat(stack.output("tokenAudience")).contains("https://keyless.acme.example/aws");
        assertThat(stack.output("serviceAccountEmail")).contains("aws-service-access@acme-data-prod.iam.gserviceaccount.com");
        assertThat(err.toString()).contains("wrote").contains(file.toString());
    }

    @Test
    void bad_settings_are_a_one_line_user_error_naming_the_setting(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("Pulumi.dev.yaml");
        Files.writeString(config, """
                config:
                  gcp:project: acme-data-prod
                  aws:region: eu-west-1
                  keyless-federation:maxSessionDuration: "86400"
                """);

        assertThat(run("render-stack", "--config", config.toString())).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("keyless: ")
                .contains("keyless-federation:maxSessionDuration: 86400 seconds is outside what AWS allows");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_missing_config_file_or_a_bad_stack_name_is_a_user_error() {
        assertThat(run("render-stack", "--config", "no/such/Pulumi.dev.yaml")).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(err.toString()).contains("--config: no/such/Pulumi.dev.yaml: file not found");
        assertThat(run("render-stack", "--stack", "not a name")).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(err.toString()).contains("--stack: 'not a name' is not a Pulumi stack name");
    }

    @Test
    void a_workloads_list_renders_and_check_stack_judges_the_export_compliant(@TempDir Path dir) throws IOException {
        Path config = Path.of("policy-fixtures/configs/Pulumi.two-workloads.yaml");
        Path file = dir.resolve("prod.json");
        assertThat(run("render-stack", "--config", config.toString(), "--out", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(StackExportFile.read(file).outputs()).containsKeys("workloads", "googleOrganizationNumber");

        CliRun check = CliRun.of("check-stack", "--stack-export", file.toString(), "--features", "features",
                "--report-dir", dir.resolve("report").toString());
        assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCode.OK);
        assertThat(check.out()).contains("PASS  Workloads stay apart")
                .contains("PASS  Who can assume the role › The token must come from our Google organization, when one is configured")
                .contains("→ COMPLIANT (exit 0)");
    }

    @Test
    void a_bad_workload_is_a_one_line_user_error_naming_the_workload_and_the_key(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("Pulumi.dev.yaml");
        Files.writeString(config, """
                config:
                  gcp:project: keyless-example
                  aws:region: us-east-1
                  keyless-federation:workloads:
                    - name: reports
                      serviceAccountId: reports-reader
                      prefixes: ["*"]
                """);
        assertThat(run("render-stack", "--config", config.toString())).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(err.toString()).contains("keyless-federation:workloads[0] (reports).prefixes[0]: '*' must not contain '*' or '?'")
                .doesNotContain("Exception").hasLineCount(1);
    }
}
