package dev.keyless.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where moto 5 answers differently from AWS's documented behaviour, pinned (docs/live-mode.md,
 * "Where moto differs from AWS", gives each one's AWS reference). keyless follows AWS; the
 * end-to-end tests work around these and say so. A test here failing means moto changed: revisit
 * the workaround and the docs.
 */
@Tag("moto")
class MotoDifferencesTest {

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":"
            + "{\"Federated\":\"accounts.google.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":"
            + "{\"StringEquals\":{\"accounts.google.com:aud\":\"105909700905460933908\"}}}}";
    private static final String BUCKET = "keyless-e2e-moto-differences";
    private static MotoServer moto;
    private IamClient iam;
    private S3Client s3;

    @BeforeAll
    static void start() {
        moto = MotoServer.start();
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    @BeforeEach
    void reset() {
        moto.reset();
        iam = moto.iam(moto.deployer());
        s3 = moto.s3(moto.deployer());
    }

    /** AWS: "Calling AssumeRoleWithWebIdentity does not require the use of AWS security credentials." */
    @Test
    void with_enforcement_on_moto_fails_the_unsigned_assume_role_with_web_identity_that_aws_takes() {
        String role = iam.createRole(b -> b.roleName("r-unsigned").assumeRolePolicyDocument(TRUST)).role().arn();

        assertThatThrownBy(() -> assumeWithWebIdentity(role, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", null))
                .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(moto.logs("KeyError: 'HTTP_AUTHORIZATION'", Duration.ofSeconds(10))).as(moto.log()).isTrue();
    }

    /** AWS verifies the token (issuer, signature, expiry) and evaluates the role's trust policy. */
    @Test
    void moto_trades_a_token_that_is_not_even_a_jwt_for_a_role_that_does_not_exist() {
        moto.allowUnsignedRequests(1);

        Credentials c = assumeWithWebIdentity("arn:aws:iam::123456789012:role/no-such-role", "not-a-jwt", null);

        assertThat(c.accessKeyId()).startsWith("ASIA");
    }

    /** AWS: DurationSeconds above the role's MaxSessionDuration fails with ValidationError. */
    @Test
    void moto_grants_a_session_longer_than_the_roles_maximum() {
        String role = iam.createRole(b -> b.roleName("r-one-hour").assumeRolePolicyDocument(TRUST).maxSessionDuration(3600))
                .role().arn();
        moto.allowUnsignedRequests(1);

        Credentials c = assumeWithWebIdentity(role, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", 43200);

        assertThat(c.expiration()).isAfter(Instant.now().plus(Duration.ofHours(11)));
    }

    /** AWS: a condition that does not match leaves its statement out; over plain HTTP aws:SecureTransport is false. */
    @Test
    void moto_applies_a_bucket_policy_deny_whatever_its_bool_condition_says() {
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putObject(b -> b.bucket(BUCKET).key("k"), RequestBody.fromString("x"));
        s3.putBucketPolicy(b -> b.bucket(BUCKET).policy("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + BUCKET + "/*\","
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}}"));

        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("k")))
                .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    /** AWS: with BlockPublicPolicy on, PutBucketPolicy with a public policy is denied. */
    @Test
    void moto_accepts_a_public_bucket_policy_that_block_public_policy_should_refuse() {
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putPublicAccessBlock(b -> b.bucket(BUCKET).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                .blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true)));

        s3.putBucketPolicy(b -> b.bucket(BUCKET).policy("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + BUCKET + "/*\"}}"));

        assertThat(s3.getBucketPolicy(b -> b.bucket(BUCKET)).policy()).contains("\"Principal\":\"*\"");
    }

    /**
     * AWS authorizes iam:GetPolicy against the policy's ARN (Service Authorization Reference: resource
     * type "policy"); moto against "*", so a statement scoped to policy ARNs never matches, and its
     * AccessDenied comes in a shape the SDK reads no error code from.
     */
    @Test
    void moto_judges_iam_get_policy_against_every_resource_and_answers_access_denied_without_a_code() {
        String arn = iam.createPolicy(b -> b.policyName("p-read").policyDocument("{\"Version\":\"2012-10-17\","
                + "\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}")).policy().arn();
        iam.createUser(b -> b.userName("reader"));
        iam.putUserPolicy(b -> b.userName("reader").policyName("read-p").policyDocument("{\"Version\":\"2012-10-17\","
                + "\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"iam:GetPolicy\",\"Resource\":\"arn:aws:iam::*:policy/p-*\"}}"));
        AccessKey key = iam.createAccessKey(b -> b.userName("reader")).accessKey();

        try (IamClient reader = moto.iam(StaticCredentialsProvider.create(AwsBasicCredentials.create(key.accessKeyId(),
                key.secretAccessKey())))) {
            assertThatThrownBy(() -> reader.getPolicy(b -> b.policyArn(arn)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isNull();
                        assertThat(e.awsErrorDetails().rawResponse().asUtf8String()).contains("<Errors><Error>")
                                .contains("<Code>AccessDenied</Code>");
                    });
        }
    }

    private Credentials assumeWithWebIdentity(String role, String token, Integer seconds) {
        try (StsClient sts = StsClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            return sts.assumeRoleWithWebIdentity(b -> b.roleArn(role).roleSessionName("vm").webIdentityToken(token)
                    .durationSeconds(seconds)).credentials();
        }
    }
}
