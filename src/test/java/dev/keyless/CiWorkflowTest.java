package dev.keyless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example GitHub workflow does what docs/ci.md says: the offline gate on pull requests with its
 * SARIF uploaded, and the deploy on main with OIDC credentials only — no stored cloud key.
 */
class CiWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/verify.yml");

    @Test
    void pull_requests_run_the_offline_gate_and_upload_its_sarif() throws Exception {
        JsonNode verify = new YAMLMapper().readTree(WORKFLOW.toFile()).get("jobs").get("verify");
        assertThat(verify.get("permissions").get("security-events").asText()).isEqualTo("write");
        assertThat(verify.get("permissions").has("id-token")).as("the gate needs no cloud credentials").isFalse();
        assertThat(verify.get("steps").findValuesAsText("run")).contains("make verify");
        JsonNode upload = step(verify, "github/codeql-action/upload-sarif");
        assertThat(upload.get("with").get("sarif_file").asText()).isEqualTo("target/keyless-report/keyless.sarif");
        assertThat(Files.readString(Path.of("Makefile"))).contains("REPORT_DIR ?= target/keyless-report");
    }

    @Test
    void main_deploys_with_oidc_credentials_and_no_stored_keys() throws Exception {
        JsonNode root = new YAMLMapper().readTree(WORKFLOW.toFile());
        JsonNode deploy = root.get("jobs").get("deploy");
        assertThat(deploy.get("if").asText()).contains("refs/heads/main");
        assertThat(deploy.get("needs").asText()).isEqualTo("verify");
        assertThat(deploy.get("permissions").get("id-token").asText()).isEqualTo("write");
        JsonNode aws = step(deploy, "aws-actions/configure-aws-credentials");
        assertThat(aws.get("with").has("role-to-assume")).isTrue();
        assertThat(aws.get("with").has("aws-access-key-id")).isFalse();
        assertThat(deploy.get("steps").findValuesAsText("run")).contains("make up");
        String text = Files.readString(WORKFLOW);
        assertThat(text).doesNotContain("secrets.").doesNotContain("AWS_ACCESS_KEY_ID").doesNotContain("credentials_json");
    }

    private static JsonNode step(JsonNode job, String action) {
        for (JsonNode s : job.get("steps")) {
            if (s.path("uses").asText().startsWith(action + "@")) {
                return s;
            }
        }
        throw new AssertionError("no step uses " + action + " in " + new File(WORKFLOW.toString()));
    }
}
