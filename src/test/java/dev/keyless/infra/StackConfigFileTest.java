package dev.keyless.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigFileTest {

    private static final String PROD = """
            secretsprovider: awskms://alias/pulumi
            encryptedkey: AQICAHg=
            config:
              aws:region: eu-west-1
              aws:defaultTags:
                tags:
                  team: data
              gcp:project: acme-data-prod
              keyless-federation:tokenAudience: https://keyless.acme.example/aws
              keyless-federation:maxSessionDuration: "7200"
              keyless-federation:forceDestroy: false
            """;

    @Test
    void a_stack_file_sets_the_program_and_provider_settings_and_the_rest_defaults() {
        FederationSettings s = StackConfigFile.parse(PROD, "Pulumi.prod.yaml");
        assertThat(s.gcpProject()).isEqualTo("acme-data-prod");
        assertThat(s.awsRegion()).isEqualTo("eu-west-1");
        assertThat(s.tokenAudience()).isEqualTo("https://keyless.acme.example/aws");
        assertThat(s.maxSessionDuration()).isEqualTo(7200);
        assertThat(s.forceDestroy()).isFalse();
        assertThat(s.serviceAccountId()).isEqualTo("aws-service-access");
    }

    @Test
    void a_misspelt_setting_is_refused_rather_than_silently_defaulted() {
        String yaml = PROD + "  keyless-federation:tokenAudiance: sts.amazonaws.com\n";
        assertThatThrownBy(() -> StackConfigFile.parse(yaml, "Pulumi.prod.yaml"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("keyless-federation:tokenAudiance: unknown setting (known: serviceAccountId");
    }

    @Test
    void settings_in_the_old_keyless_namespace_point_to_the_project_namespace() {
        String yaml = PROD + "  keyless:zone: us-east1-b\n";
        assertThatThrownBy(() -> StackConfigFile.parse(yaml, "Pulumi.prod.yaml"))
                .hasMessageContaining("keyless:zone: settings live in the project namespace; write keyless-federation:zone");
    }

    @Test
    void an_encrypted_setting_is_refused_because_it_cannot_be_read_offline() {
        String yaml = PROD.replace("keyless-federation:forceDestroy: false",
                "keyless-federation:bucketPrefix:\n    secure: v1:abcdef");
        assertThatThrownBy(() -> StackConfigFile.parse(yaml, "Pulumi.prod.yaml"))
                .hasMessageContaining("keyless-federation:bucketPrefix: is encrypted");
    }

    @Test
    void a_file_without_config_still_needs_the_provider_settings() {
        assertThatThrownBy(() -> StackConfigFile.parse("encryptionsalt: v1:abc\n", "Pulumi.dev.yaml"))
                .hasMessageContaining("gcp:project: is not set");
    }

    @Test
    void text_that_is_not_yaml_is_named_with_its_file() {
        assertThatThrownBy(() -> StackConfigFile.parse("config: [unclosed\n", "Pulumi.dev.yaml"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Pulumi.dev.yaml: not valid YAML");
        assertThatThrownBy(() -> StackConfigFile.parse("- a\n- b\n", "Pulumi.dev.yaml"))
                .hasMessageContaining("Pulumi.dev.yaml: not a Pulumi stack config file");
    }

    @Test
    void reviewed_minters_are_a_yaml_list_of_role_member_strings() {
        String yaml = PROD + "  keyless-federation:reviewedMinters:\n"
                + "    - roles/iam.serviceAccountUser group:platform-deployers@example.com\n";
        assertThat(StackConfigFile.parse(yaml, "Pulumi.prod.yaml").reviewedMinters())
                .containsExactly(new ReviewedMinter("roles/iam.serviceAccountUser", "group:platform-deployers@example.com"));
    }

    @Test
    void reviewed_minters_given_as_one_string_are_refused_as_pulumi_refuses_them() {
        String yaml = PROD + "  keyless-federation:reviewedMinters: roles/owner user:a@example.com\n";
        assertThatThrownBy(() -> StackConfigFile.parse(yaml, "Pulumi.prod.yaml"))
                .hasMessageContaining("keyless-federation:reviewedMinters: must be a list");
    }

    @Test
    void a_workloads_list_in_the_stack_file_is_read_as_pulumi_passes_it() throws java.io.IOException {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("policy-fixtures/configs/Pulumi.two-workloads.yaml"));
        FederationSettings s = StackConfigFile.parse(yaml, "Pulumi.prod.yaml");
        assertThat(s.workloads()).extracting(WorkloadConfig::name).containsExactly("reports", "ingest");
        assertThat(s.workloads().get(1).prefixes()).containsExactly("ingest/");
        assertThat(s.workloads().get(1).vm()).isFalse();
        assertThat(s.organization()).contains("123456789012");
    }

    @Test
    void a_key_given_twice_inside_a_workload_is_refused() {
        String yaml = PROD + """
                  keyless-federation:workloads:
                    - name: reports
                      serviceAccountId: reports-reader
                      serviceAccountId: audit-reader
                """;
        assertThatThrownBy(() -> StackConfigFile.parse(yaml, "Pulumi.prod.yaml"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("Duplicate field 'serviceAccountId'");
    }

    @Test
    void workloads_must_be_a_list() {
        String yaml = PROD + "  keyless-federation:workloads: reports\n";
        assertThatThrownBy(() -> StackConfigFile.parse(yaml, "Pulumi.prod.yaml"))
                .hasMessageContaining("keyless-federation:workloads: must be a list");
    }
}
