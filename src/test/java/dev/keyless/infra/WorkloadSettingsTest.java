package dev.keyless.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code keyless-federation:workloads} and {@code googleOrganizationNumber}: every problem names the workload and the key. */
class WorkloadSettingsTest {

    private static FederationSettings with(String key, String value) {
        Map<String, String> values = new HashMap<>(Map.of("gcp:project", "keyless-example", "aws:region", "us-east-1"));
        values.put(key, value);
        return FederationSettings.fromValues(values);
    }

    private static FederationSettings workloads(String json) {
        return with(Setting.WORKLOADS.key(), json);
    }

    @Test
    void without_workloads_the_flat_settings_describe_the_one_workload() {
        assertThat(FederationSettings.defaults().workloads()).isEmpty();
        assertThat(FederationSettings.defaults().configuresWorkloads()).isFalse();
        assertThat(FederationSettings.defaults().organization()).isEmpty();
    }

    @Test
    void a_workload_list_is_read_with_its_defaults_and_pulumi_s_text_booleans() {
        FederationSettings s = workloads("[{\"name\": \"reports\", \"serviceAccountId\": \"reports-reader\"},"
                + " {\"name\": \"ingest\", \"serviceAccountEmail\": \"ingest-runner@keyless-example.iam.gserviceaccount.com\","
                + " \"bucket\": \"acme-shared-data\", \"prefixes\": [\"ingest/\"], \"vm\": \"false\"}]");
        assertThat(s.workloads()).containsExactly(
                WorkloadConfig.created("reports", "reports-reader"),
                new WorkloadConfig("ingest", Optional.empty(), Optional.of("ingest-runner@keyless-example.iam.gserviceaccount.com"),
                        Optional.of("acme-shared-data"), List.of("ingest/"), false, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "[{\"name\": \"Reports\", \"serviceAccountId\": \"reports-reader\"}]|workloads[0] (Reports).name: 'Reports' is not a workload name",
            "[{\"name\": \"a-name-longer-than-twenty\", \"serviceAccountId\": \"reports-reader\"}]|is not a workload name",
            "[{\"serviceAccountId\": \"reports-reader\"}]|workloads[0].name: is not set",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"serviceAccountEmail\": \"x-reader@p-project.iam.gserviceaccount.com\"}]|workloads[0] (r).serviceAccountId: set exactly one",
            "[{\"name\": \"r\"}]|workloads[0] (r).serviceAccountId: set exactly one",
            "[{\"name\": \"r\", \"serviceAccountEmail\": \"123456789-compute@developer.gserviceaccount.com\"}]|Compute Engine default service account",
            "[{\"name\": \"r\", \"serviceAccountEmail\": \"reader@gmail.com\"}]|is not a user-managed service account",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"prefixes\": [\"\"]}]|workloads[0] (r).prefixes[0]: must not be empty",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"prefixes\": [\"*\"]}]|prefixes[0]: '*' must not contain '*' or '?'",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"prefixes\": [\"home/${aws:username}/\"]}]|policy variable",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"prefixes\": [\"a/\", \"a/b/\"]}]|prefixes[1]: 'a/b/' overlaps 'a/'",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"prefixes\": \"a/\"}]|prefixes: must be a list of strings",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"bucket\": \"Acme_Data\"}]|bucket: 'Acme_Data' is not an S3 bucket name",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"bucket\": \"192.168.1.10\"}]|is not an S3 bucket name",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"bucket\": \"amzn-s3-demo-bucket\"}]|which S3 reserves",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"vm\": \"yes\"}]|workloads[0] (r).vm: must be true or false",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"tokenAudience\": \"https://x.run.app\"}]|workloads[0] (r).tokenAudience:",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reports-reader\", \"bukcet\": \"acme\"}]|workloads[0].bukcet: unknown key",
            "[{\"name\": \"r\", \"name\": \"s\", \"serviceAccountId\": \"reports-reader\"}]|Duplicate field 'name'",
            "{\"name\": \"r\"}|must be a list of workloads",
            "[\"reports\"]|workloads[0]: must be a map",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reader-one\"}, {\"name\": \"r\", \"serviceAccountId\": \"reader-two\"}]|(r).name: two workloads are named 'r'",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reader-one\"}, {\"name\": \"s\", \"serviceAccountId\": \"reader-one\"}]|(s): runs as the same service account as 'r'",
            "[{\"name\": \"r\", \"serviceAccountId\": \"reader-one\"}, {\"name\": \"s\", \"serviceAccountEmail\": \"reader-one@keyless-example.iam.gserviceaccount.com\"}]|(r).serviceAccountId: creates reader-one@keyless-example.iam.gserviceaccount.com",
    })
    void a_bad_workload_is_refused_naming_the_workload_and_the_key(String json, String reason) {
        assertThatThrownBy(() -> workloads(json)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining(Setting.WORKLOADS.key())
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0} and {1} on one bucket overlap")
    @CsvSource(delimiter = '|', value = {
            "[\"reports/\"]|[\"reports/archive/\"]",
            "[\"reports\"]|[\"reports-archive/\"]",
            "[]|[\"audit/\"]",
            "[\"a/\", \"z/\"]|[\"m/\", \"a/b/\"]",
    })
    void workloads_sharing_a_bucket_may_not_have_scopes_that_contain_each_other(String first, String second) {
        String json = "[{\"name\": \"one\", \"serviceAccountId\": \"reader-one\", \"bucket\": \"acme-shared\", \"prefixes\": " + first
                + "}, {\"name\": \"two\", \"serviceAccountId\": \"reader-two\", \"bucket\": \"acme-shared\", \"prefixes\": " + second + "}]";
        assertThatThrownBy(() -> workloads(json)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("of bucket acme-shared overlaps");
    }

    @Test
    void workloads_sharing_a_bucket_with_prefixes_apart_are_fine() {
        FederationSettings s = workloads("[{\"name\": \"one\", \"serviceAccountId\": \"reader-one\", \"bucket\": \"acme-shared\","
                + " \"prefixes\": [\"reports/\", \"a/b/\"]}, {\"name\": \"two\", \"serviceAccountId\": \"reader-two\","
                + " \"bucket\": \"acme-shared\", \"prefixes\": [\"reports-2/\", \"a/c/\"]}]");
        assertThat(s.workloads()).hasSize(2);
    }

    @Test
    void every_overlap_is_reported_not_only_the_first() {
        String json = "[{\"name\": \"one\", \"serviceAccountId\": \"reader-one\", \"bucket\": \"acme-shared\", \"prefixes\": [\"a/\"]},"
                + " {\"name\": \"two\", \"serviceAccountId\": \"reader-two\", \"bucket\": \"acme-shared\", \"prefixes\": [\"a/b/\"]},"
                + " {\"name\": \"three\", \"serviceAccountId\": \"reader-three\", \"bucket\": \"acme-shared\", \"prefixes\": [\"a/c/\"]}]";
        assertThatThrownBy(() -> workloads(json)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("overlaps 'a/' of workload 'one'")));
    }

    @Test
    void more_workloads_than_iam_s_default_role_quota_are_refused() {
        String json = IntStream.range(0, 1001).mapToObj(i -> "{\"name\": \"w" + i + "\", \"serviceAccountId\": \"reader-" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertThatThrownBy(() -> workloads(json)).hasMessageContaining("lists 1001 workloads; at most 1000");
    }

    @Test
    void a_long_bucket_prefix_leaves_no_room_for_the_workload_name() {
        Map<String, String> values = new HashMap<>(Map.of("gcp:project", "keyless-example", "aws:region", "us-east-1",
                Setting.BUCKET_PREFIX.key(), "a".repeat(30),
                Setting.WORKLOADS.key(), "[{\"name\": \"reporting\", \"serviceAccountId\": \"reports-reader\"}]"));
        assertThatThrownBy(() -> FederationSettings.fromValues(values)).hasMessageContaining("(reporting).name: the bucket prefix");
    }

    @ParameterizedTest(name = "googleOrganizationNumber = ''{0}'' is refused")
    @CsvSource({"12ab", "-1", "0123", "1e9", "123456789012345678901"})
    void an_organization_number_is_digits_only(String value) {
        assertThatThrownBy(() -> with(Setting.GOOGLE_ORGANIZATION_NUMBER.key(), value))
                .hasMessageContaining(Setting.GOOGLE_ORGANIZATION_NUMBER.key() + ": '" + value + "' is not a Google Cloud organization number");
    }

    @Test
    void an_organization_number_is_read() {
        assertThat(with(Setting.GOOGLE_ORGANIZATION_NUMBER.key(), "123456789012").organization()).contains("123456789012");
    }

    @Test
    void a_record_built_directly_is_validated_too() {
        assertThatThrownBy(() -> new WorkloadConfig("reports", Optional.of("reports-reader"), Optional.empty(), Optional.empty(),
                List.of("*"), true, Optional.empty()))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("keyless-federation:workloads (reports).prefixes[0]");
    }
}
