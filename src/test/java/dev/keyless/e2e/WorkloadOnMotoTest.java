package dev.keyless.e2e;

import dev.keyless.aws.AwsClients;
import dev.keyless.aws.AwsSettings;
import dev.keyless.aws.DeployedRoleReader;
import dev.keyless.infra.FederationSettings;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.trust.TokenReader;
import dev.keyless.policy.trust.WebIdentitySimulation;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workload's own credentials, end to end: the stack applied to moto, the VM's startup script
 * run against a stub metadata server that serves the stack's instance metadata and a Google-shaped
 * ID token for the stack's service account, and the workload in a JVM of its own whose environment
 * is the env file the script wrote. The SDK's default credential chain trades the token with moto's
 * STS; then, with moto's IAM enforcement on, the role may list and read its bucket and nothing else.
 */
@Tag("moto")
class WorkloadOnMotoTest {

    static final String OBJECT = "reports/2026/q3.csv";
    static final String OTHER_BUCKET = "keyless-e2e-someone-elses-bucket";
    static final Path BROKEN = Path.of("policy-fixtures", "stacks", "insecure-perms-put-object.json");

    private static MotoServer moto;
    private static Relay sts;
    private static String group;
    private static StackSnapshot stack;
    /** The rendered stack played once; what moto's STS received for it; the trust policy moto held. */
    private static Played played;
    private static List<Relay.Sent> exchange;
    private static String deployedTrust;

    @BeforeAll
    static void playTheRenderedStack(@TempDir Path dir) throws Exception {
        moto = MotoServer.start();
        sts = new Relay(moto.endpoint(), moto.endpoint());
        group = StartupScriptTest.tokenGroup();
        Path export = dir.resolve("stack.json");
        StackExportFile.write(MockedStack.render(FederationSettings.defaults()), export);
        stack = StackExportFile.read(export);
        played = play(stack, dir);
        exchange = sts.sent();
        try (AwsClients clients = AwsClients.create(AwsSettings.defaults().withEndpoint(moto.endpoint())
                .withCredentials(moto.deployer()))) {
            deployedTrust = new DeployedRoleReader(clients).read(played.env().get("AWS_ROLE_ARN")).trustPolicy();
        }
    }

    @AfterAll
    static void stop() {
        if (sts != null) {
            sts.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void the_workload_reads_its_bucket_with_its_own_short_lived_credentials_and_cannot_write_it() throws Exception {
        assertThat(instance(stack).string("metadataStartupScript")).as("the stack deploys the script tested here")
                .contains(StartupScriptRun.shipped());

        played.workload().mustReadAndNeverWrite();

        String role = stack.output("roleArn").orElseThrow();
        assertThat(played.workload().identity()).isEqualTo(role.replace(":iam::", ":sts::").replace(":role/", ":assumed-role/")
                + "/" + played.env().get("AWS_ROLE_SESSION_NAME"));
        assertThat(exchange).extracting(Relay.Sent::action).containsExactly("AssumeRoleWithWebIdentity", "GetCallerIdentity");
        assertThat(exchange.get(0).signed()).as("AWS takes this call without credentials").isFalse();
        assertThat(exchange.get(0).form()).contains("RoleArn=" + form(played.env().get("AWS_ROLE_ARN")))
                .contains("RoleSessionName=" + form(played.env().get("AWS_ROLE_SESSION_NAME")))
                .contains("WebIdentityToken=" + form(Files.readString(Path.of(played.env().get("AWS_WEB_IDENTITY_TOKEN_FILE")))))
                .doesNotContain("DurationSeconds");
    }

    /**
     * moto takes any token for any role (docs/live-mode.md); AWS checks the token against the role's
     * trust policy. keyless's own evaluator does that here, on the trust policy moto held.
     */
    @Test
    void the_token_the_workload_holds_opens_the_role_as_deployed_and_the_same_account_token_for_another_audience_does_not()
            throws Exception {
        String token = Files.readString(Path.of(played.env().get("AWS_WEB_IDENTITY_TOKEN_FILE")));
        String replayed = played.minter().mint("https://some-other-service.example.com", Instant.now());
        var evaluator = new WebIdentitySimulation(new OfflineEvaluator());
        String role = played.env().get("AWS_ROLE_ARN");

        assertThat(evaluator.simulate(deployedTrust, TokenReader.read(token), role).allowed()).isTrue();
        assertThat(evaluator.simulate(deployedTrust, TokenReader.read(replayed), role).allowed()).isFalse();
    }

    @Test
    void a_stack_whose_read_policy_also_allows_put_object_fails_the_workload_test_at_the_put_object_step(
            @TempDir Path dir) throws Exception {
        Played played = play(StackExportFile.read(BROKEN), dir);

        assertThatThrownBy(played.workload()::mustReadAndNeverWrite).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("PutObject: the workload was allowed, it must be denied");
        assertThat(played.workload().steps()).containsEntry("ListBucket", "allowed").containsEntry("GetObject", "allowed");
    }

    private record Played(Map<String, String> env, IdTokenMinter minter, WorkloadRun workload) {}

    /**
     * Apply, boot, run. The bucket's TLS-only policy is removed before the workload runs: moto
     * ignores its Bool condition and would deny every object request even over TLS, and this test
     * speaks plain HTTP to moto, where AWS too would deny them all (docs/live-mode.md).
     */
    private static Played play(StackSnapshot stack, Path dir) throws Exception {
        moto.reset();
        StackResource instance = instance(stack);
        Map<String, String> metadata = strings(Props.map(instance, "metadata"));
        String bucket = metadata.get("keyless-bucket");
        try (IamClient iam = moto.iam(moto.deployer()); S3Client s3 = moto.s3(moto.deployer())) {
            new StackApplier(iam, s3, Region.US_EAST_1).apply(stack);
            for (StackResource policy : stack.ofType("aws:s3/bucketPolicy:BucketPolicy")) {
                s3.deleteBucketPolicy(b -> b.bucket(Props.string(policy, "bucket")));
            }
            s3.putObject(b -> b.bucket(bucket).key(OBJECT), RequestBody.fromString("quarter,revenue\nq3,42\n"));
            s3.createBucket(b -> b.bucket(OTHER_BUCKET));
            s3.putObject(b -> b.bucket(OTHER_BUCKET).key(OBJECT), RequestBody.fromString("not yours\n"));
        }
        IdTokenMinter minter = minter(stack, instance);
        StartupScriptRun boot;
        try (MetadataServerStub stub = new MetadataServerStub(metadata, minter)) {
            boot = StartupScriptRun.run(StartupScriptRun.shipped(), stub.url(), group, Files.createDirectories(dir.resolve("vm")));
        }
        assertThat(boot.exitCode()).as(boot.output()).isZero();
        Map<String, String> env = EnvFile.read(boot.envFile());
        sts.forget();
        moto.allowUnsignedRequests(1);
        WorkloadRun workload = WorkloadRun.run(env, Map.of("AWS_ENDPOINT_URL_STS", sts.endpoint().toString(),
                "AWS_ENDPOINT_URL_S3", moto.endpoint().toString()), Files.createDirectories(dir.resolve("workload")),
                OBJECT, OTHER_BUCKET, OBJECT);
        assertThat(workload.exitCode()).as(workload.output()).isZero();
        return new Played(env, minter, workload);
    }

    private static StackResource instance(StackSnapshot stack) {
        List<StackResource> vms = stack.ofType("gcp:compute/instance:Instance");
        assertThat(vms).as("one workload VM").hasSize(1);
        return vms.get(0);
    }

    /** The token the VM's service account gets: found through the instance's service account email. */
    private static IdTokenMinter minter(StackSnapshot stack, StackResource instance) {
        String email = String.valueOf(Props.asMap(instance.property("serviceAccount").orElseThrow()).get("email"));
        StackResource account = stack.ofType("gcp:serviceaccount/account:Account").stream()
                .filter(a -> a.string("email").filter(email::equals).isPresent()).findFirst().orElseThrow();
        return new IdTokenMinter(Props.string(account, "uniqueId"), email, Props.string(instance, "name"));
    }

    private static Map<String, String> strings(Map<String, Object> m) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** As the SDK form-encodes a Query parameter. */
    private static String form(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                .replace("*", "%2A").replace("%7E", "~");
    }
}
