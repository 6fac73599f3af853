package dev.keyless.aws;

import dev.keyless.UserError;
import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client factory: regions, retries from the environment, and the SDK's own endpoint variables. */
class AwsClientsTest {

    private static final Path POLICY = FakeAws.RESPONSES.resolve("requests/deployed-read-policy.json");
    @RegisterExtension
    static final FakeAwsClients aws = new FakeAwsClients();

    private FakeAws fake;

    @BeforeEach
    void reset() {
        fake = aws.fake();
    }

    @Test
    void region_comes_from_aws_region_and_defaults_to_us_east_1() {
        assertThat(AwsSettings.fromEnvironment(Map.of()).resolvedRegion()).isEqualTo("us-east-1");
        assertThat(AwsSettings.fromEnvironment(Map.of("AWS_REGION", "eu-west-1")).resolvedRegion()).isEqualTo("eu-west-1");
    }

    @Test
    void iam_is_called_on_the_global_endpoint_of_the_partition() {
        assertThat(AwsClients.create(AwsSettings.defaults().withRegion("eu-west-1")).iamRegion()).isEqualTo(Region.AWS_GLOBAL);
        assertThat(AwsClients.create(AwsSettings.defaults().withRegion("cn-north-1")).iamRegion()).isEqualTo(Region.AWS_CN_GLOBAL);
        assertThat(AwsClients.create(AwsSettings.defaults().withRegion("us-gov-west-1")).iamRegion())
                .isEqualTo(Region.AWS_US_GOV_GLOBAL);
    }

    @Test
    void requests_are_signed_for_the_region_of_access_analyzer_and_us_east_1_for_iam() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-no-findings.json");
        fake.iamAnswer("SimulateCustomPolicy", "iam/simulate-principal-policy.xml");
        try (AwsClients clients = AwsClients.create(fake.settings().withRegion("eu-west-1"))) {
            new AccessAnalyzerPolicyValidator(clients).validate(ValidateRequest.identity("{}"));
            new IamPolicySimulator(clients).simulateCustomPolicy(SimulationInput.of(List.of("{}"), List.of("s3:GetObject"), List.of()));
        }
        assertThat(fake.requests(FakeAws.VALIDATE).get(0).getHeader("Authorization"))
                .contains("Credential=AKIAIOSFODNN7EXAMPLE/").contains("/eu-west-1/access-analyzer/aws4_request");
        assertThat(fake.requests("/").get(0).getHeader("Authorization")).contains("/us-east-1/iam/aws4_request");
    }

    @Test
    void aws_max_attempts_sets_the_attempts_and_a_bad_value_is_a_one_line_error() {
        assertThat(AwsSettings.fromEnvironment(Map.of("AWS_MAX_ATTEMPTS", "7")).maxAttempts()).isEqualTo(7);
        assertThat(AwsSettings.fromEnvironment(Map.of()).maxAttempts()).isEqualTo(AwsSettings.DEFAULT_MAX_ATTEMPTS);
        assertThatThrownBy(() -> AwsSettings.fromEnvironment(Map.of("AWS_MAX_ATTEMPTS", "0")))
                .isInstanceOf(UserError.class).hasMessageContaining("AWS_MAX_ATTEMPTS is '0'");
    }

    @Test
    void the_sdk_honours_the_service_endpoint_system_properties_without_an_override() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-no-findings.json");
        String key = "aws.endpointUrlAccessAnalyzer";
        System.setProperty(key, fake.endpoint().toString());
        try (AwsClients clients = AwsClients.create(AwsSettings.defaults().withCredentials(FakeAws.EXAMPLE_CREDENTIALS))) {
            new AccessAnalyzerPolicyValidator(clients).validate(ValidateRequest.identity("{}"));
        } finally {
            System.clearProperty(key);
        }
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(1);
    }

    @Test
    void aws_endpoint_url_variables_and_the_default_credential_chain_work_in_a_real_environment(@TempDir Path home)
            throws Exception {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-trust-error.json");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Map<String, String> env = isolated(home);
        // The service-specific variable wins over the global one, which points nowhere.
        env.put("AWS_ENDPOINT_URL", "http://127.0.0.1:" + closedPort);
        env.put("AWS_ENDPOINT_URL_ACCESSANALYZER", fake.endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", FakeAws.EXAMPLE_CREDENTIALS.resolveCredentials().secretAccessKey());
        env.put("AWS_REGION", "eu-west-1");

        Probe ok = probe(home, env);

        assertThat(ok.exit).as(ok.err).isZero();
        assertThat(ok.out).contains("findings=1").contains("AccessAnalyzer.ValidatePolicy=1").contains("region=eu-west-1");
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(1);
    }

    @Test
    void without_any_credentials_the_run_fails_with_one_line_and_sends_nothing(@TempDir Path home) throws Exception {
        Map<String, String> env = isolated(home);
        env.put("AWS_ENDPOINT_URL", fake.endpoint().toString());

        Probe failed = probe(home, env);

        assertThat(failed.exit).isEqualTo(1);
        assertThat(failed.err.strip()).startsWith("keyless: no usable AWS credentials for IAM Access Analyzer ValidatePolicy")
                .contains("AWS_PROFILE").doesNotContain("\n").doesNotContain("Exception in thread");
        assertThat(fake.requestCount()).isZero();
    }

    /** No credentials, config files, instance metadata or user home from this machine leak in. */
    private static Map<String, String> isolated(Path home) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }

    private record Probe(int exit, String out, String err) {}

    private static Probe probe(Path home, Map<String, String> env) throws IOException, InterruptedException {
        String cp = String.join(java.io.File.pathSeparator, Path.of("target", "classes").toAbsolutePath().toString(),
                Path.of("target", "test-classes").toAbsolutePath().toString(),
                Files.readString(Path.of("target", "test-classpath.txt")).strip());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", cp, LiveProbe.class.getName(), POLICY.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("probe did not finish");
        }
        return new Probe(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
