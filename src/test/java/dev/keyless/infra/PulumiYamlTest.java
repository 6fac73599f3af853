package dev.keyless.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Pulumi.yaml and {@link Setting} declare the same settings, so Pulumi and keyless agree on defaults. */
class PulumiYamlTest {

    private static JsonNode project() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("Pulumi.yaml").toFile());
    }

    @Test
    void the_project_is_keyless_federation_on_the_java_runtime() throws IOException {
        assertThat(project().path("name").asText()).isEqualTo(Setting.PROJECT);
        assertThat(project().path("runtime").asText()).isEqualTo("java");
        assertThat(project().path("description").asText()).isNotBlank();
    }

    @Test
    void every_program_setting_is_declared_with_its_type_default_and_description() throws IOException {
        JsonNode config = project().path("config");
        for (Setting s : Setting.values()) {
            if (!s.isProjectSetting()) {
                continue;
            }
            JsonNode declared = config.path(s.settingName());
            assertThat(declared.isObject()).as(s.key() + " declared").isTrue();
            assertThat(declared.path("type").asText()).as(s.key() + " type").isEqualTo(s.type().schemaName());
            JsonNode defaultValue = declared.path("default");
            assertThat(defaultValue.isContainerNode() ? defaultValue.toString() : defaultValue.asText())
                    .as(s.key() + " default").isEqualTo(s.defaultValue().orElseThrow());
            if (s.type() == Setting.Type.ARRAY) {
                // Pulumi types lists of strings, not of objects: the program reads "ROLE MEMBER" strings.
                assertThat(declared.path("items").path("type").asText()).as(s.key() + " items").isEqualTo("string");
            }
            assertThat(declared.path("description").asText()).as(s.key() + " description").isEqualTo(s.description());
        }
        assertThat(config.size()).isEqualTo((int) java.util.Arrays.stream(Setting.values()).filter(Setting::isProjectSetting).count());
    }

    @Test
    void provider_settings_are_not_typed_in_the_project_file_because_pulumi_refuses_that() throws IOException {
        assertThat(project().path("config").has("gcp:project")).isFalse();
        assertThat(project().path("config").has("aws:region")).isFalse();
    }
}
