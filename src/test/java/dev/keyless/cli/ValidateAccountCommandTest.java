package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** keyless validate-account on the sample get-account-authorization-details file and its variants. */
class ValidateAccountCommandTest {

    private static final String SAMPLE = "file://policy-fixtures/account/authorization-details.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_sample_account_blocks_on_the_invalid_action_of_the_default_version_only() {
        CliRun r = CliRun.of("validate-account", "--authorization-details", SAMPLE);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(r.out()).contains("keyless validate-account · mode: offline · account: 123456789012")
                .contains("  role EC2role\n      trust policy: 1 SUGGESTION\n      inline policy write-app-logs: no findings\n")
                .contains("      attached: arn:aws:iam::aws:policy/AmazonS3FullAccess (not in the file: not validated)")
                .contains("  managed policy create-update-delete-set-managed-policies (default version v2 of 2)\n"
                        + "      default version v2: 1 ERROR\n")
                .contains("BLOCKING  blocking finding: ERROR INVALID_ACTION at Statement[0].Action[8]")
                .contains("Not validated: 4 attached managed policies")
                .contains("→ VIOLATIONS (exit 2)")
                // v1 is not the default version: its misspelt ARN is not judged
                .doesNotContain("INVALID_ARN_RESOURCE");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void what_blocks_follows_the_gate_options() {
        CliRun r = CliRun.of("validate-account", "--authorization-details", SAMPLE, "--treat-finding-type-as-blocking", "NONE");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("→ COMPLIANT (exit 0)");
    }

    @Test
    void the_reports_are_the_gates_sarif_summary_and_page_with_a_row_per_principal_and_policy(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("validate-account", "--authorization-details", SAMPLE, "--report-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        JsonNode summary = JSON.readTree(dir.resolve("keyless-summary.json").toFile());
        assertThat(summary.get("ExitCode").asInt()).isEqualTo(2);
        assertThat(summary.get("BlockingFindings")).singleElement().satisfies(f -> {
            assertThat(f.get("code").asText()).isEqualTo("INVALID_ACTION");
            assertThat(f.get("resourceName").asText()).isEqualTo("arn:aws:iam::123456789012:policy/create-update-delete-set-managed-policies");
        });
        assertThat(summary.get("Principals")).hasSize(7);
        assertThat(summary.get("Principals").get(5).get("documents").get(0).get("findings").get("SUGGESTION").asInt()).isEqualTo(1);
        assertThat(summary.get("NotValidated")).hasSize(4);
        JsonNode sarif = JSON.readTree(dir.resolve("keyless.sarif").toFile());
        JsonNode result = null;
        for (JsonNode x : sarif.get("runs").get(0).get("results")) {
            if (x.get("ruleId").asText().equals("INVALID_ACTION")) {
                result = x;
            }
        }
        assertThat(result).isNotNull();
        String file = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
        assertThat(file).doesNotContain("//policies").endsWith("policies/managed-policy-create-update-delete-set-managed-policies-default-version-v2.json");
        int line = result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt();
        assertThat(Files.readAllLines(dir.resolve(file.substring(file.indexOf("policies/")))).get(line - 1))
                .contains("iam:SetDefaultPolicyVersions");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("Principals and policies").contains("EC2role")
                .contains("not in the file: not validated");
    }

    @Test
    void a_clean_account_passes_and_an_unreadable_document_blocks(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("clean.json");
        Files.writeString(clean, "{\"RoleDetailList\":[{\"RoleName\":\"r\",\"Arn\":\"arn:aws:iam::123456789012:role/r\","
                + "\"AssumeRolePolicyDocument\":\"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A"
                + "%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D\","
                + "\"RolePolicyList\":[]}]}");
        CliRun ok = CliRun.of("validate-account", "--authorization-details", clean.toString());
        assertThat(ok.exitCode()).as(ok.out()).isEqualTo(ExitCode.OK);
        assertThat(ok.out()).contains("trust policy: no findings").contains("→ COMPLIANT (exit 0)");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(clean).replace("%7B%22Version", "%7B%2Version"));
        CliRun bad = CliRun.of("validate-account", "--authorization-details", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(bad.out()).contains("trust policy: not read: its URL-encoded document cannot be decoded")
                .contains("BLOCKING  unreadable policy document: role r trust policy");

        Path truncated = dir.resolve("page.json");
        Files.writeString(truncated, Files.readString(clean).replace("\"RolePolicyList\":[]}]", "\"RolePolicyList\":[]}],"
                + "\"IsTruncated\":true,\"Marker\":\"EXAMPLE\""));
        CliRun page = CliRun.of("validate-account", "--authorization-details", truncated.toString());
        assertThat(page.exitCode()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(page.out()).contains("BLOCKING  incomplete file: IsTruncated is true");
    }

    @Test
    void an_unreadable_file_is_a_tool_error_in_one_line(@TempDir Path dir) throws Exception {
        assertOneLine(CliRun.of("validate-account", "--authorization-details", "file://no/such.json"), "file not found");
        Path notJson = dir.resolve("x.json");
        Files.writeString(notJson, "{\"RoleDetailList\": [");
        assertOneLine(CliRun.of("validate-account", "--authorization-details", notJson.toString()), "not valid JSON");
        assertOneLine(CliRun.of("validate-account", "--authorization-details", dir.toString()), "is a directory, not a file");
    }

    private static void assertOneLine(CliRun r, String says) {
        assertThat(r.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(r.err()).startsWith("keyless: --authorization-details").contains(says).hasLineCount(1);
    }
}
