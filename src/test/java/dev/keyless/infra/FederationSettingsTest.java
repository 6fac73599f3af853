package dev.keyless.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FederationSettingsTest {

    private static FederationSettings with(String setting, String value) {
        Map<String, String> values = new HashMap<>(Map.of(
                "gcp:project", "keyless-example", "aws:region", "us-east-1"));
        values.put(setting, value);
        return FederationSettings.fromValues(values);
    }

    @Test
    void defaults_are_the_declared_ones_and_force_destroy_is_off() {
        FederationSettings d = FederationSettings.defaults();
        assertThat(d.serviceAccountId()).isEqualTo("aws-service-access");
        assertThat(d.zone()).isEqualTo("us-east4-c");
        assertThat(d.region()).isEqualTo("us-east4");
        assertThat(d.machineType()).isEqualTo("e2-micro");
        assertThat(d.image()).isEqualTo("debian-cloud/debian-12");
        assertThat(d.tokenAudience()).isEqualTo("sts.amazonaws.com");
        assertThat(d.forceDestroy()).isFalse();
        assertThat(d.maxSessionDuration()).isEqualTo(3600);
    }

    @Test
    void pulumi_config_strings_are_parsed_into_typed_settings() {
        FederationSettings s = with("keyless-federation:forceDestroy", "true");
        assertThat(s.forceDestroy()).isTrue();
        assertThat(with("keyless-federation:maxSessionDuration", " 43200 ").maxSessionDuration()).isEqualTo(43200);
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource(delimiter = '|', value = {
            "keyless-federation:tokenAudience|''|must not be empty",
            "keyless-federation:tokenAudience|'   '|must not be empty",
            "keyless-federation:tokenAudience|sts.${aws:username}|policy variable",
            "keyless-federation:tokenAudience|sts.*|compares literally",
            "keyless-federation:tokenAudience|https://reader-3x7fq2-uc.a.run.app|run.app",
            "keyless-federation:tokenAudience|https://us-east4-keyless-example.cloudfunctions.net/report|cloudfunctions.net",
            "keyless-federation:tokenAudience|//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/q|googleapis.com",
            "keyless-federation:tokenAudience|keyless-example.appspot.com|appspot.com",
            "keyless-federation:maxSessionDuration|43201|3600..43200",
            "keyless-federation:maxSessionDuration|3599|3600..43200",
            "keyless-federation:maxSessionDuration|1h|not a whole number",
            "keyless-federation:forceDestroy|yes|not a boolean",
            "keyless-federation:serviceAccountId|aws|6-30 characters",
            "keyless-federation:serviceAccountId|AWS-service-access|[a-z]([-a-z0-9]*[a-z0-9])",
            "keyless-federation:serviceAccountId|aws-service-access-|[a-z]([-a-z0-9]*[a-z0-9])",
            "keyless-federation:serviceAccountId|9aws-service|[a-z]([-a-z0-9]*[a-z0-9])",
            "keyless-federation:serviceAccountId|a234567890123456789012345678901|6-30 characters",
            "keyless-federation:bucketPrefix|''|must not be empty",
            "keyless-federation:bucketPrefix|Keyless-data-|S3 naming rules",
            "keyless-federation:bucketPrefix|keyless.data-|must not contain dots",
            "keyless-federation:bucketPrefix|-keyless|S3 naming rules",
            "keyless-federation:bucketPrefix|xn--keyless|reserves",
            "keyless-federation:bucketPrefix|sthree-keyless|reserves",
            "keyless-federation:bucketPrefix|keyless-data-bucket-prefix-that-is-far-too-long|at most 37",
            "keyless-federation:zone|us-east4|zone such as us-east4-c",
            "keyless-federation:zone|US-EAST4-C|zone such as us-east4-c",
            "keyless-federation:machineType|E2 Micro|machine type",
            "keyless-federation:image|''|image reference",
            "gcp:project|My Project|GCP project id",
            "aws:region|useast1|AWS region",
    })
    void a_bad_setting_is_refused_with_a_message_naming_it(String key, String value, String reason) {
        assertThatThrownBy(() -> with(key, value))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining(key + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void provider_settings_without_a_value_are_named_with_the_command_that_sets_them() {
        assertThatThrownBy(() -> FederationSettings.fromValues(Map.of()))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("gcp:project: is not set (pulumi config set gcp:project VALUE)")
                .hasMessageContaining("aws:region: is not set");
    }

    @Test
    void every_bad_setting_is_reported_at_once_on_one_line() {
        Map<String, String> values = new HashMap<>(Map.of("gcp:project", "keyless-example", "aws:region", "us-east-1",
                "keyless-federation:tokenAudience", "", "keyless-federation:zone", "nowhere"));
        assertThatThrownBy(() -> FederationSettings.fromValues(values))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void a_record_built_directly_is_validated_too() {
        assertThatThrownBy(() -> new FederationSettings("keyless-example", "us-east-1", "aws-service-access", "us-east4-c",
                "e2-micro", "debian-cloud/debian-12", "sts.amazonaws.com", "keyless-data-", false, 50000, List.of()))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("keyless-federation:maxSessionDuration");
    }

    @Test
    void accepted_shapes_include_other_regions_and_legacy_domain_scoped_projects() {
        assertThat(with("keyless-federation:zone", "northamerica-northeast1-a").region()).isEqualTo("northamerica-northeast1");
        assertThat(with("aws:region", "us-gov-west-1").awsRegion()).isEqualTo("us-gov-west-1");
        assertThat(with("gcp:project", "example.com:data-prod").gcpProject()).isEqualTo("example.com:data-prod");
        assertThat(with("keyless-federation:bucketPrefix", "a".repeat(37)).bucketPrefix()).hasSize(37);
    }

    @Test
    void reviewed_minters_default_to_none_and_are_read_as_role_member_strings() {
        assertThat(FederationSettings.defaults().reviewedMinters()).isEmpty();
        FederationSettings s = with("keyless-federation:reviewedMinters",
                "[\"roles/iam.serviceAccountUser group:platform-deployers@example.com\","
                        + " \"roles/iam.serviceAccountOpenIdTokenCreator serviceAccount:ci@keyless-example.iam.gserviceaccount.com\"]");
        assertThat(s.reviewedMinters()).containsExactly(
                new ReviewedMinter("roles/iam.serviceAccountUser", "group:platform-deployers@example.com"),
                new ReviewedMinter("roles/iam.serviceAccountOpenIdTokenCreator",
                        "serviceAccount:ci@keyless-example.iam.gserviceaccount.com"));
    }

    @ParameterizedTest(name = "reviewedMinters = {0} is refused")
    @CsvSource(delimiter = '|', value = {
            "[\"roles/iam.serviceAccountTokenCreator allUsers\"]|[0]: 'allUsers' is anyone on the internet",
            "[\"roles/iam.serviceAccountTokenCreator allAuthenticatedUsers\"]|[0]: 'allAuthenticatedUsers' is every Google account",
            "[\"roles/iam.serviceAccountUser domain:example.com\"]|every account of a Google Workspace",
            "[\"roles/iam.workloadIdentityUser principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/ci/*\"]|every identity of a workload",
            "[\"roles/owner projectOwner:keyless-example\"]|convenience value",
            "[\"roles/iam.serviceAccountUser deleted:user:a@example.com?uid=1\"]|deleted principal",
            "[\"serviceAccountUser user:a@example.com\"]|is not an IAM role name",
            "[\"user:a@example.com\"]|must be \"ROLE MEMBER\"",
            "[{\"role\": \"roles/owner\", \"member\": \"user:a@example.com\"}]|[0]: must be a \"ROLE MEMBER\" string",
            "roles/owner user:a@example.com|must be a list of \"ROLE MEMBER\" strings",
            "[\"roles/owner user:A@example.com\", \"roles/owner user:a@example.com\"]|is listed twice",
    })
    void a_reviewed_minter_that_is_not_one_reviewable_identity_is_refused(String value, String reason) {
        assertThatThrownBy(() -> with("keyless-federation:reviewedMinters", value))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("keyless-federation:reviewedMinters")
                .hasMessageContaining(reason);
    }
}
