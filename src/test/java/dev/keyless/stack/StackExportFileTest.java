package dev.keyless.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.infra.FederationSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackExportFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static StackSnapshot rendered;
    private static String written;

    @BeforeAll
    static void render() {
        rendered = MockedStack.render(FederationSettings.defaults());
        written = StackExportFile.write(rendered);
    }

    @Test
    void a_render_written_and_read_back_is_the_same_stack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stack.json");
        StackExportFile.write(rendered, file);
        StackSnapshot back = StackExportFile.read(file);

        assertThat(back.resources()).isEqualTo(rendered.resources());
        assertThat(back.outputs()).isEqualTo(rendered.outputs());
        assertThat(back.project()).isEqualTo("keyless-federation");
        assertThat(back.stack()).isEqualTo("dev");
        assertThat(JSON.readTree(StackExportFile.write(back))).isEqualTo(JSON.readTree(Files.readString(file)));
    }

    @Test
    void the_export_is_a_version_3_deployment_with_a_manifest_pulumi_would_accept() throws Exception {
        JsonNode root = JSON.readTree(written);
        assertThat(root.path("version").asInt()).isEqualTo(3);
        JsonNode manifest = root.path("deployment").path("manifest");
        assertThat(manifest.path("time").asText()).isNotEmpty();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(manifest.path("version").asText().getBytes(StandardCharsets.UTF_8)));
        assertThat(manifest.path("magic").asText()).isEqualTo(sha);
    }

    @Test
    void the_root_stack_resource_carries_the_outputs_and_comes_first() throws IOException {
        JsonNode first = JSON.readTree(written).path("deployment").path("resources").get(0);
        assertThat(first.path("type").asText()).isEqualTo("pulumi:pulumi:Stack");
        assertThat(first.path("urn").asText()).isEqualTo("urn:pulumi:dev::keyless-federation::pulumi:pulumi:Stack::keyless-federation-dev");
        assertThat(first.path("custom").asBoolean()).isFalse();
        assertThat(first.path("outputs").path("roleArn").asText()).startsWith("arn:aws:iam::123456789012:role/");
    }

    @Test
    void every_resource_names_its_default_provider_and_its_dependencies_come_before_it() throws IOException {
        JsonNode resources = JSON.readTree(written).path("deployment").path("resources");
        List<String> seen = new java.util.ArrayList<>();
        for (JsonNode r : resources) {
            String type = r.path("type").asText();
            if (!type.startsWith("pulumi:")) {
                String pkg = type.substring(0, type.indexOf(':'));
                assertThat(r.path("provider").asText()).as(type)
                        .matches("urn:pulumi:dev::keyless-federation::pulumi:providers:" + pkg + "::default_[0-9_]+::[0-9a-f-]{36}");
                assertThat(seen).as(type + " depends on earlier resources")
                        .containsAll(r.has("dependencies") ? JSON.convertValue(r.get("dependencies"), List.class) : List.of());
            }
            seen.add(r.path("urn").asText());
        }
        JsonNode role = find(resources, "aws:iam/role:Role");
        assertThat(role.path("propertyDependencies").path("assumeRolePolicy").get(0).asText())
                .endsWith("::gcp:serviceaccount/account:Account::workload-sa");
    }

    @Test
    void policy_inputs_are_json_strings_as_the_aws_provider_stores_them() throws IOException {
        JsonNode resources = JSON.readTree(written).path("deployment").path("resources");
        JsonNode trust = find(resources, "aws:iam/role:Role").path("inputs").path("assumeRolePolicy");
        JsonNode read = find(resources, "aws:iam/policy:Policy").path("inputs").path("policy");
        assertThat(trust.isTextual()).isTrue();
        assertThat(read.isTextual()).isTrue();
        assertThat(JSON.readTree(trust.asText()).path("Version").asText()).isEqualTo("2012-10-17");
    }

    @Test
    void a_real_export_is_read_with_its_secrets_links_and_outputs() throws IOException {
        StackSnapshot real = StackExportFile.parse(fixture("deployed-export.json"), "deployed-export.json");

        assertThat(real.project()).isEqualTo("keyless-federation");
        assertThat(real.stack()).isEqualTo("prod");
        assertThat(real.source()).isEqualTo("stack export deployed-export.json");
        assertThat(real.output("tokenAudience")).contains("sts.amazonaws.com");
        assertThat(real.outputs().get("tokenAudience")).isEqualTo(SecretValue.plain("sts.amazonaws.com"));
        StackResource gcp = real.ofType("pulumi:providers:gcp").get(0);
        assertThat(gcp.inputs().get("credentials")).isInstanceOfSatisfying(SecretValue.class, s -> {
            assertThat(s.readable()).isFalse();
            assertThat(s.ciphertext()).contains("v1:q1w2e3r4t5y6:u7i8o9p0a1s2d3f4g5h6");
        });
        StackResource role = real.ofType("aws:iam/role:Role").get(0);
        assertThat(role.name()).isEqualTo("s3-reader-role");
        assertThat(role.id()).contains("s3-reader-role-5f3a9e1");
        assertThat(role.inputs()).containsEntry("maxSessionDuration", 3600);
        assertThat(role.string("assumeRolePolicy").orElseThrow()).contains("accounts.google.com:oaud");
        assertThat(role.links().providerUrn()).contains("urn:pulumi:prod::keyless-federation::pulumi:providers:aws::default_6_83_0");
        assertThat(role.links().propertyDependencies()).containsEntry("description", List.of());
    }

    @Test
    void a_real_export_survives_a_write_and_read_of_its_own() throws IOException {
        StackSnapshot real = StackExportFile.parse(fixture("deployed-export.json"), "deployed-export.json");
        StackSnapshot again = StackExportFile.parse(StackExportFile.write(real), "again");
        assertThat(again.resources()).isEqualTo(real.resources());
        assertThat(again.outputs()).isEqualTo(real.outputs());
    }

    @Test
    void a_missing_file_is_one_line_that_says_how_to_make_one(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> StackExportFile.read(missing))
                .isInstanceOf(StackExportException.class)
                .hasMessage(missing + ": file not found (make one with: pulumi stack export --file " + missing + ")");
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_position() {
        assertThatThrownBy(() -> StackExportFile.parse("{\n  \"version\": 3,\n  oops\n}", "f.json"))
                .isInstanceOf(StackExportException.class)
                .hasMessageStartingWith("f.json: not valid JSON at line 3, column");
    }

    @Test
    void json_that_is_not_a_deployment_is_refused() {
        for (String json : List.of("[]", "{}", "{\"version\":3}", "{\"deployment\":{}}", "\"x\"")) {
            assertThatThrownBy(() -> StackExportFile.parse(json, "f.json")).as(json)
                    .hasMessageStartingWith("f.json: not a Pulumi stack export");
        }
    }

    @Test
    void other_deployment_versions_are_refused_by_name() {
        assertThatThrownBy(() -> StackExportFile.parse("{\"version\":4,\"deployment\":{}}", "f.json"))
                .hasMessageStartingWith("f.json: deployment version 4 is not supported: keyless reads version 3");
        assertThatThrownBy(() -> StackExportFile.parse("{\"version\":\"3\",\"deployment\":{}}", "f.json"))
                .hasMessageContaining("deployment version \"3\" is not supported");
    }

    @Test
    void a_resource_without_urn_or_type_and_duplicate_keys_are_refused_not_skipped() {
        assertThatThrownBy(() -> StackExportFile.parse("{\"version\":3,\"deployment\":{\"resources\":[{\"type\":\"aws:iam/role:Role\"}]}}", "f.json"))
                .hasMessage("f.json: deployment.resources[0] has no \"urn\"");
        assertThatThrownBy(() -> StackExportFile.parse("{\"version\":3,\"deployment\":{\"resources\":[{\"urn\":\"role\",\"type\":\"aws:iam/role:Role\"}]}}", "f.json"))
                .hasMessageContaining("'role' is not a Pulumi URN");
        String twice = "{\"version\":3,\"deployment\":{\"resources\":[{\"urn\":\"urn:pulumi:s::p::aws:iam/role:Role::r\","
                + "\"type\":\"aws:iam/role:Role\",\"inputs\":{\"assumeRolePolicy\":\"a\",\"assumeRolePolicy\":\"b\"}}]}}";
        assertThatThrownBy(() -> StackExportFile.parse(twice, "f.json"))
                .hasMessageContaining("f.json: not valid JSON").hasMessageContaining("assumeRolePolicy");
    }

    @Test
    void an_empty_stack_reads_as_no_resources() {
        StackSnapshot empty = StackExportFile.parse("{\"version\":3,\"deployment\":{\"manifest\":{}}}", "f.json");
        assertThat(empty.resources()).isEmpty();
        assertThat(empty.outputs()).isEqualTo(Map.of());
    }

    @Test
    void urns_parse_into_stack_project_type_and_name_even_when_names_hold_separators() {
        Urn urn = Urn.parse("urn:pulumi:prod::keyless-federation::my:index:Component$aws:iam/role:Role::odd::name").orElseThrow();
        assertThat(urn.stack()).isEqualTo("prod");
        assertThat(urn.project()).isEqualTo("keyless-federation");
        assertThat(urn.type()).isEqualTo("aws:iam/role:Role");
        assertThat(urn.name()).isEqualTo("odd::name");
        assertThat(urn.toString()).isEqualTo("urn:pulumi:prod::keyless-federation::my:index:Component$aws:iam/role:Role::odd::name");
    }

    private static JsonNode find(JsonNode resources, String type) {
        for (JsonNode r : resources) {
            if (r.path("type").asText().equals(type)) {
                return r;
            }
        }
        throw new AssertionError("no " + type);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = StackExportFileTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
