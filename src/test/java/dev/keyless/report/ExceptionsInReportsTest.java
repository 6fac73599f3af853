package dev.keyless.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.cli.CliRun;
import dev.keyless.cli.ExitCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Justified exceptions end to end, on the stack whose trust policy does not pin
 * accounts.google.com:sub (it fails the Access Analyzer trust scenario with GOOGLE_TRUST_MISSING_SUB,
 * and "The token must come from our service account"): a valid exception makes the run pass and is
 * listed as waived in every report; an expired one, or one without justification, blocks by itself.
 */
class ExceptionsInReportsTest {

    private static final String SCENARIO = "Who can assume the role: The token must come from our service account";

    private static Path exceptions(String name, String expires, String justification) throws IOException {
        Path file = ReportRun.ROOT.resolve(name + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "exceptions:\n"
                + "  - finding: GOOGLE_TRUST_MISSING_SUB\n    resource: s3-reader-role\n"
                + (justification == null ? "" : "    justification: " + justification + "\n")
                + "    owner: platform-security@example.com\n    expires: " + expires + "\n"
                + "  - scenario: \"" + SCENARIO + "\"\n    resource: s3-reader-role\n"
                + "    justification: the sub pin ships with the next release (SEC-1234)\n"
                + "    owner: platform-security@example.com\n    expires: 2099-12-31\n");
        return file;
    }

    @Test
    void valid_exceptions_make_the_run_pass_and_every_report_lists_them_as_waived() throws IOException {
        Path file = exceptions("valid", "2099-12-31", "aud and oaud pin the token until the sub pin ships (SEC-1234)");
        ReportRun r = ReportRun.of("waived", "insecure-trust-no-sub", "--exceptions", file.toString());
        assertThat(r.cli().exitCode()).as(r.cli().out()).isEqualTo(ExitCode.OK);
        assertThat(r.cli().out()).contains("  WAIV  Who can assume the role › The token must come from our service account")
                .contains("  WAIVED    SECURITY_WARNING GOOGLE_TRUST_MISSING_SUB")
                .contains("2 waived");

        JsonNode summary = r.json("keyless-summary.json");
        assertThat(summary.get("BlockingFindings")).isEmpty();
        assertThat(summary.get("NonBlockingFindings")).singleElement().satisfies(f -> {
            assertThat(f.get("disposition").asText()).isEqualTo("waived");
            assertThat(f.get("waiver").get("justification").asText()).contains("SEC-1234");
        });
        List<String> waived = StreamSupport.stream(summary.get("Scenarios").spliterator(), false)
                .filter(s -> s.get("outcome").asText().equals("WAIVED"))
                .map(s -> s.get("feature").asText() + ": " + s.get("scenario").asText()).toList();
        assertThat(waived).containsExactlyInAnyOrder(SCENARIO,
                "Access Analyzer finds nothing to fix: Access Analyzer finds no ERROR or SECURITY_WARNING in the role's trust policy");

        assertThat(r.text("keyless-junit.xml")).contains("<skipped message=\"waived: scenario &quot;" + SCENARIO)
                .contains("<skipped message=\"waived: finding GOOGLE_TRUST_MISSING_SUB on s3-reader-role");
        JsonNode result = r.json("keyless.sarif").get("runs").get(0).get("results").get(0);
        assertThat(result.get("suppressions").get(0).get("status").asText()).isEqualTo("accepted");
        assertThat(result.get("suppressions").get(0).get("justification").asText()).contains("SEC-1234");
        assertThat(r.text("index.html")).contains("<span class=\"badge b-waived\">WAIVED</span>")
                .contains("aud and oaud pin the token until the sub pin ships (SEC-1234)");
    }

    @Test
    void an_expired_exception_is_a_blocking_error_in_every_report() throws IOException {
        Path file = exceptions("expired", "2020-01-31", "temporary");
        ReportRun r = ReportRun.of("expired", "insecure-trust-no-sub", "--exceptions", file.toString());
        assertThat(r.cli().exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(r.cli().out()).contains("  INVALID   entry 1 (line 2): expired on 2020-01-31");
        JsonNode summary = r.json("keyless-summary.json");
        assertThat(summary.get("Exceptions").get("invalid")).singleElement()
                .satisfies(p -> assertThat(p.get("message").asText()).startsWith("expired on 2020-01-31"));
        assertThat(summary.get("BlockingFindings")).singleElement()
                .satisfies(f -> assertThat(f.get("code").asText()).isEqualTo("GOOGLE_TRUST_MISSING_SUB"));
        assertThat(r.text("keyless-junit.xml")).contains("name=\"Exception entry 1 (line 2) is valid\"")
                .contains("<failure message=\"expired on 2020-01-31");
        assertThat(r.text("index.html")).contains("<span class=\"badge b-invalid\">INVALID</span>");
    }

    @Test
    void an_exception_without_justification_is_a_blocking_error() throws IOException {
        Path file = exceptions("unjustified", "2099-12-31", null);
        ReportRun r = ReportRun.of("unjustified", "insecure-trust-no-sub", "--exceptions", file.toString());
        assertThat(r.cli().exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(r.json("keyless-summary.json").get("BlockingReasons").toString())
                .contains("entry 1 (line 2): no justification: say why this is acceptable");
    }

    @Test
    void security_warnings_left_out_of_the_blocking_types_are_listed_as_non_blocking() {
        ReportRun r = ReportRun.of("errors-only", "insecure-trust-no-sub", "--treat-finding-type-as-blocking", "ERROR");
        assertThat(r.cli().exitCode()).as("the trust scenario still fails").isEqualTo(ExitCode.VIOLATIONS);
        assertThat(r.cli().out()).contains("  WARN  Access Analyzer finds nothing to fix");
        JsonNode summary = r.json("keyless-summary.json");
        assertThat(summary.get("BlockingFindings")).isEmpty();
        assertThat(summary.get("NonBlockingFindings")).singleElement()
                .satisfies(f -> assertThat(f.get("disposition").asText()).isEqualTo("non-blocking"));
        assertThat(summary.get("Run").get("blockingFindingTypes").toString()).isEqualTo("[\"ERROR\"]");
    }

    @Test
    void bad_gate_options_and_exceptions_files_are_tool_errors_with_one_line() throws IOException {
        String stack = "policy-fixtures/stacks/compliant-rendered.json";
        CliRun bogus = CliRun.of("check-stack", "--stack-export", stack, "--treat-finding-type-as-blocking", "ERROR,FATAL");
        assertThat(bogus.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(bogus.err()).startsWith("keyless: --treat-finding-type-as-blocking: unknown finding type 'FATAL'").hasLineCount(1);
        CliRun missing = CliRun.of("check-stack", "--stack-export", stack, "--exceptions", "no-such-file.yaml");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(missing.err()).isEqualTo("keyless: --exceptions: no-such-file.yaml: file not found (check the path)\n");
        Path broken = ReportRun.ROOT.resolve("broken.yaml");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "exceptions: [\n  - finding: X\n");
        CliRun notYaml = CliRun.of("check-stack", "--stack-export", stack, "--exceptions", broken.toString());
        assertThat(notYaml.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(notYaml.err()).contains("is not valid YAML").hasLineCount(1);
        assertThat(notYaml.out()).as("nothing was judged").doesNotContain("scenarios:");
    }
}
