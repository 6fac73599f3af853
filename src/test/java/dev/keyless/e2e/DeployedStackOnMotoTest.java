package dev.keyless.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.aws.AwsClients;
import dev.keyless.aws.AwsSettings;
import dev.keyless.aws.DeployedRoleReader;
import dev.keyless.aws.FakeAccount;
import dev.keyless.aws.FakeAws;
import dev.keyless.aws.FakeAwsProperties;
import dev.keyless.cli.CliRun;
import dev.keyless.cli.ExitCode;
import dev.keyless.infra.FederationSettings;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered stack applied to moto as {@code pulumi up} would create it, read back, and judged by
 * {@code verify-deployed} with the IAM reads answered by moto (as a verifier user holding
 * verifier-policy.json, signed and authorized by moto) and Access Analyzer and the simulator by the
 * project's fake, which simulates the policies moto holds.
 */
@Tag("moto")
class DeployedStackOnMotoTest {

    private static MotoServer moto;
    private static FakeAws fake;
    private static Relay router;
    private static StackSnapshot stack;
    private static Path outputs;
    private IamClient iam;
    private S3Client s3;
    private AwsClients asDeployer;
    private String roleName;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        moto = MotoServer.start();
        fake = new FakeAws();
        router = new Relay(moto.endpoint(), fake.endpoint());
        Path export = dir.resolve("stack.json");
        StackExportFile.write(MockedStack.render(FederationSettings.defaults()), export);
        stack = StackExportFile.read(export);
        Map<String, Object> values = new LinkedHashMap<>();
        stack.outputs().forEach((k, v) -> values.put(k, SecretValue.reveal(v)));
        outputs = dir.resolve("outputs.json");
        new ObjectMapper().writeValue(outputs.toFile(), values);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {router, fake, moto}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // stop the others regardless
            }
        }
    }

    @BeforeEach
    void applied() {
        moto.reset();
        iam = moto.iam(moto.deployer());
        s3 = moto.s3(moto.deployer());
        asDeployer = AwsClients.create(AwsSettings.defaults().withEndpoint(moto.endpoint()).withCredentials(moto.deployer()));
        new StackApplier(iam, s3, Region.US_EAST_1).apply(stack);
        roleName = stack.output("roleArn").orElseThrow().replaceFirst(".*/", "");
    }

    @AfterEach
    void close() {
        iam.close();
        s3.close();
        asDeployer.close();
    }

    @Test
    void the_applied_stack_reads_back_as_exported() {
        assertThat(readBack()).isEmpty();
    }

    @Test
    void the_read_back_sees_a_bucket_setting_changed_after_the_apply() {
        String bucket = stack.output("bucketName").orElseThrow();
        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                .blockPublicPolicy(false).ignorePublicAcls(true).restrictPublicBuckets(true)));

        assertThat(readBack()).singleElement().asString().contains("data-bucket-public-access-block")
                .contains("blockPublicPolicy is false at the endpoint, true in the export");
    }

    @Test
    void verify_deployed_finds_the_applied_stack_as_reviewed_reading_it_from_moto() {
        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("  PASS  The deployed role is the reviewed role › The deployed trust policy is the"
                + " reviewed one").contains("  PASS  The deployed role is the reviewed role › The deployed permissions are the"
                + " reviewed ones").contains("15 scenarios: 15 passed");
        assertThat(router.sentToMoto()).as("the IAM reads went to moto")
                .contains("GetRole", "ListAttachedRolePolicies", "GetPolicy", "GetPolicyVersion", "ListRolePolicies")
                .doesNotContain("SimulatePrincipalPolicy");
        assertThat(fake.iamForms("GetRole")).as("and none to the fake").isEmpty();
        assertThat(fake.iamForms("SimulatePrincipalPolicy")).isNotEmpty().allSatisfy(f ->
                assertThat(f).containsEntry("PolicySourceArn", List.of(stack.output("roleArn").orElseThrow())));
    }

    @Test
    void a_trust_policy_edited_in_moto_is_drift() {
        String sa = stack.output("serviceAccountUniqueId").orElseThrow();
        String anyTokenOfTheAudience = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Federated\":\"accounts.google.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":"
                + "{\"StringEquals\":{\"accounts.google.com:oaud\":\"sts.amazonaws.com\",\"accounts.google.com:aud\":\"" + sa
                + "\"}}}}";
        iam.updateAssumeRolePolicy(b -> b.roleName(roleName).policyDocument(anyTokenOfTheAudience));

        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("  FAIL  The deployed role is the reviewed role › The deployed trust policy is the"
                + " reviewed one").contains("CheckNoNewAccess FAIL")
                .contains("  PASS  The deployed role is the reviewed role › The deployed permissions are the reviewed ones");
    }

    @Test
    void a_policy_attached_in_moto_is_drift_and_iam_allows_what_it_grants() {
        String bucketArn = "arn:aws:s3:::" + stack.output("bucketName").orElseThrow();
        String hotfix = iam.createPolicy(b -> b.policyName("hotfix-write").policyDocument("{\"Version\":\"2012-10-17\","
                + "\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"" + bucketArn + "/*\"}}"))
                .policy().arn();
        iam.attachRolePolicy(b -> b.roleName(roleName).policyArn(hotfix));

        CliRun run = verifyDeployed();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.VIOLATIONS);
        assertThat(run.out()).contains("  FAIL  The deployed role is the reviewed role › The deployed permissions are the"
                + " reviewed ones").contains("deployed policy " + hotfix + " (v1): differs from the reviewed document and"
                + " grants new access").contains("  FAIL  The deployed role is the reviewed role › IAM decides for the"
                + " deployed role: it may not s3:PutObject on an object in the bucket")
                .contains("  PASS  The deployed role is the reviewed role › The deployed trust policy is the reviewed one");
    }

    private List<String> readBack() {
        return new ReadBack(iam, s3, new DeployedRoleReader(asDeployer)).differences(stack);
    }

    /**
     * verify-deployed in this JVM with the SDK's own settings (the system-property twins of
     * AWS_ENDPOINT_URL_IAM and the rest), as the verifier user; the fake simulates what moto holds now.
     */
    private CliRun verifyDeployed() {
        fake.reset();
        fake.computeAnswers(FakeAccount.holding(new DeployedRoleReader(asDeployer).read(roleName)), 100);
        router.forget();
        AwsCredentials verifier = VerifierUser.create(iam);
        Map<String, String> sdk = new HashMap<>();
        sdk.put("aws.endpointUrlIam", router.endpoint().toString());
        sdk.put("aws.endpointUrlAccessAnalyzer", fake.endpoint().toString());
        sdk.put("aws.endpointUrlS3", moto.endpoint().toString());
        sdk.put("aws.endpointUrlSts", moto.endpoint().toString());
        sdk.put("aws.endpointUrl", null);
        sdk.put("aws.accessKeyId", verifier.accessKeyId());
        sdk.put("aws.secretAccessKey", verifier.secretAccessKey());
        sdk.put("aws.maxAttempts", "1");
        try (FakeAwsProperties ignored = FakeAwsProperties.isolatedWith(sdk)) {
            return CliRun.of("verify-deployed", "--stack-outputs", outputs.toString(), "--features", "features");
        }
    }
}
