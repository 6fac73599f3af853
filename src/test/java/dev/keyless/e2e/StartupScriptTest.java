package dev.keyless.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VM's startup script, run for real by bash against a stub metadata server (see
 * {@link StartupScriptRun}): what it writes, with which mode and group, what it asks the metadata
 * server for, and that no key appears anywhere.
 */
class StartupScriptTest {

    static final String ROLE_ARN = "arn:aws:iam::123456789012:role/s3-reader-role-92040ad";
    static final String BUCKET = "keyless-data-20260101000000000000000001";
    static final String SA = "105909700905460933908";
    static final Map<String, String> METADATA = Map.of("keyless-aws-role-arn", ROLE_ARN, "keyless-aws-region", "us-east-1",
            "keyless-token-audience", "sts.amazonaws.com", "keyless-bucket", BUCKET,
            "enable-oslogin", "TRUE", "block-project-ssh-keys", "TRUE");
    private static final Pattern KEY_MATERIAL = Pattern.compile("(?i)(A[KS]IA[A-Z0-9]{16}|aws_secret_access_key"
            + "|aws_access_key_id|aws_session_token|PRIVATE KEY|\"private_key\")");

    private static MetadataServerStub metadata;
    private static StartupScriptRun run;
    private static String group;

    @BeforeAll
    static void runTheScript(@TempDir Path dir) throws Exception {
        group = tokenGroup();
        metadata = new MetadataServerStub(METADATA, new IdTokenMinter(SA,
                "aws-service-access@keyless-example.iam.gserviceaccount.com", "workload-vm-9633d78"));
        run = StartupScriptRun.run(StartupScriptRun.shipped(), metadata.url(), group, dir);
    }

    @AfterAll
    static void stop() {
        if (metadata != null) {
            metadata.close();
        }
    }

    @Test
    void the_script_succeeds_and_asks_the_metadata_server_only_for_its_attributes_and_an_id_token() {
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(metadata.requests()).containsExactlyInAnyOrder(
                MetadataServerStub.PREFIX + "attributes/keyless-aws-role-arn",
                MetadataServerStub.PREFIX + "attributes/keyless-aws-region",
                MetadataServerStub.PREFIX + "attributes/keyless-bucket",
                MetadataServerStub.PREFIX + "attributes/keyless-token-audience",
                MetadataServerStub.PREFIX + "service-accounts/default/identity?audience=sts.amazonaws.com&format=full");
    }

    @Test
    void the_token_file_holds_the_id_token_readable_by_root_and_the_token_group_only() throws IOException {
        Path token = run.tokenFile();
        assertThat(Files.readString(token)).isEqualTo(metadata.minted().get(0));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-r-----");
        assertThat(((GroupPrincipal) Files.getAttribute(token, "posix:group")).getName()).isEqualTo(group);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token.getParent()))).isEqualTo("rwxr-x---");
        assertThat(((GroupPrincipal) Files.getAttribute(token.getParent(), "posix:group")).getName()).isEqualTo(group);
        assertThat(Files.list(token.getParent()).map(p -> p.getFileName().toString())).as("no temporary file left")
                .containsExactly("google-id-token");
    }

    @Test
    void the_env_file_names_the_role_the_token_file_and_the_session_and_holds_nothing_else() throws IOException {
        Map<String, String> env = EnvFile.read(run.envFile());

        assertThat(env).containsExactly(
                Map.entry("AWS_ROLE_ARN", ROLE_ARN),
                Map.entry("AWS_WEB_IDENTITY_TOKEN_FILE", run.tokenFile().toString()),
                Map.entry("AWS_ROLE_SESSION_NAME", env.get("AWS_ROLE_SESSION_NAME")),
                Map.entry("AWS_REGION", "us-east-1"),
                Map.entry("AWS_STS_REGIONAL_ENDPOINTS", "regional"),
                Map.entry("KEYLESS_BUCKET", BUCKET));
        assertThat(env.get("AWS_ROLE_SESSION_NAME")).matches("[A-Za-z0-9+=,.@_-]{2,64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.envFile()))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(run.root().resolve("etc/profile.d/keyless-aws.sh")))
                .isEqualTo("set -a; . " + run.envFile() + "; set +a\n");
    }

    @Test
    void systemd_gets_the_timer_and_runs_the_refresh_with_an_empty_environment() throws IOException {
        assertThat(run.log("systemctl")).containsExactly("daemon-reload", "enable --now keyless-token.timer",
                "start keyless-token.service");
        assertThat(Files.readString(run.root().resolve("etc/systemd/system/keyless-token.service")))
                .contains("ExecStart=" + run.root().resolve("usr/local/sbin/keyless-refresh-token") + "\n")
                .contains("Type=oneshot");
        assertThat(Files.readString(run.root().resolve("etc/systemd/system/keyless-token.timer")))
                .contains("OnUnitActiveSec=10min");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                run.root().resolve("usr/local/sbin/keyless-refresh-token")))).isEqualTo("rwxr-xr-x");
    }

    @Test
    void the_smoke_check_calls_the_aws_cli_with_the_env_file_and_without_keys() throws IOException {
        List<String> aws = run.log("aws");
        assertThat(aws).contains("aws sts get-caller-identity --output text", "aws s3 ls s3://" + BUCKET + " --summarize",
                "AWS_ROLE_ARN=" + ROLE_ARN, "AWS_WEB_IDENTITY_TOKEN_FILE=" + run.tokenFile());
        assertThat(aws).noneMatch(l -> l.startsWith("AWS_ACCESS_KEY_ID") || l.startsWith("AWS_SECRET_ACCESS_KEY"));
        assertThat(run.log("refused")).as("nothing installed, no group created").isEmpty();
    }

    @Test
    void no_key_is_written_anywhere_and_nothing_else_is_written() throws IOException {
        try (Stream<Path> files = Files.walk(run.root())) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).extracting(p -> run.root().relativize(p).toString()).containsExactlyInAnyOrder(
                    "etc/keyless/aws.env", "etc/profile.d/keyless-aws.sh", "etc/systemd/system/keyless-token.service",
                    "etc/systemd/system/keyless-token.timer", "usr/local/sbin/keyless-refresh-token",
                    "run/keyless/google-id-token");
            for (Path f : written) {
                assertThat(KEY_MATERIAL.matcher(Files.readString(f)).find()).as(f.toString()).isFalse();
            }
        }
        assertThat(KEY_MATERIAL.matcher(run.output()).find()).as(run.output()).isFalse();
    }

    @Test
    void the_script_and_the_refresh_script_it_writes_are_shellcheck_clean() throws Exception {
        ExternalTool shellcheck = ExternalTool.require("shellcheck", "the startup script's shellcheck test");
        for (Path script : List.of(Path.of("src/main/resources" + StartupScriptRun.RESOURCE),
                run.root().resolve("usr/local/sbin/keyless-refresh-token"))) {
            Process p = new ProcessBuilder(shellcheck.path().toString(), "--shell=bash", "--severity=info", script.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(script + ":\n" + out).isZero();
        }
    }

    @Test
    void without_settings_the_script_uses_googles_metadata_server_the_real_paths_and_the_token_group() throws Exception {
        String settings = StartupScriptRun.shipped().lines().filter(l -> l.startsWith("readonly "))
                .reduce("", (a, l) -> a + l + "\n");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", settings
                + "echo \"$METADATA|$ENV_FILE|$TOKEN_FILE|$REFRESH|$TOKEN_GROUP\"").redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", StartupScriptRun.SYSTEM_PATH);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("http://metadata.google.internal/computeMetadata/v1/instance|/etc/keyless/aws.env"
                + "|/run/keyless/google-id-token|/usr/local/sbin/keyless-refresh-token|aws-web-identity");
    }

    static Stream<Arguments> hostileMetadata() {
        return Stream.of(
                Arguments.of("keyless-bucket", "keyless-data\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"),
                Arguments.of("keyless-bucket", "keyless-data$(touch pwned)"),
                Arguments.of("keyless-bucket", "keyless-data;id"),
                Arguments.of("keyless-bucket", "Keyless-Data"),
                Arguments.of("keyless-bucket", "x"),
                Arguments.of("keyless-aws-role-arn", "arn:aws:iam::123456789012:user/admin"),
                Arguments.of("keyless-aws-role-arn", "arn:aws:iam::123456789012:role/r\nAWS_PROFILE=x"),
                Arguments.of("keyless-aws-role-arn", "arn:aws:iam::12345678901:role/short-account"),
                Arguments.of("keyless-aws-role-arn", "arn:aws:iam::123456789012:role/a b"),
                Arguments.of("keyless-aws-region", "us-east-1\nAWS_ENDPOINT_URL_STS=http://sts.attacker.example"),
                Arguments.of("keyless-aws-region", "`touch pwned`"));
    }

    @ParameterizedTest
    @MethodSource("hostileMetadata")
    void a_metadata_value_that_is_not_what_it_names_is_refused_and_nothing_is_written(String key, String value,
                                                                                    @TempDir Path dir) throws Exception {
        Map<String, String> hostile = new java.util.HashMap<>(METADATA);
        hostile.put(key, value);

        StartupScriptRun refused = boot(hostile, dir);

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("keyless: instance metadata " + key + " is not a valid value");
        assertThat(refused.envFile()).doesNotExist();
        assertThat(refused.log("systemctl")).isEmpty();
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void a_metadata_server_that_refuses_fails_the_script_before_anything_is_written(@TempDir Path dir) throws Exception {
        StartupScriptRun failed = boot(Map.of(), dir);

        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.output()).contains("404");
        assertThat(failed.envFile()).doesNotExist();
        assertThat(failed.log("systemctl")).isEmpty();
    }

    @Test
    void a_token_group_the_machine_lacks_is_created_as_a_system_group(@TempDir Path dir) throws Exception {
        try (MetadataServerStub stub = new MetadataServerStub(METADATA, new IdTokenMinter(SA, "sa@example.com", "vm"))) {
            StartupScriptRun run = StartupScriptRun.run(StartupScriptRun.shipped(), stub.url(), "keyless-no-such-group", dir);

            assertThat(run.log("refused")).as("the stand-in refuses, so the script stops there")
                    .singleElement().asString().endsWith("groupadd --system keyless-no-such-group");
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.envFile()).doesNotExist();
        }
    }

    private static StartupScriptRun boot(Map<String, String> attributes, Path dir) throws Exception {
        try (MetadataServerStub stub = new MetadataServerStub(attributes, new IdTokenMinter(SA, "sa@example.com", "vm"))) {
            return StartupScriptRun.run(StartupScriptRun.shipped(), stub.url(), group, dir);
        }
    }

    /**
     * A group the token file can be given that is not the one it would get anyway: for root any
     * group (Debian's nogroup); for others, one of their supplementary groups.
     */
    static String tokenGroup() throws Exception {
        String uid = command("id", "-u");
        if (uid.equals("0")) {
            return "nogroup";
        }
        String primary = command("id", "-gn");
        return Stream.of(command("id", "-Gn").split("\\s+")).filter(g -> !g.equals(primary)).findFirst()
                .orElseGet(() -> {
                    Assumptions.abort("the token file's group can only be shown with a group other than your primary one");
                    return primary;
                });
    }

    private static String command(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}
