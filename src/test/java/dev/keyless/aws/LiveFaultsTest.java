package dev.keyless.aws;

import dev.keyless.aws.LiveCallException.Fault;
import dev.keyless.UserError;
import dev.keyless.policy.access.NoPublicAccessRequest;
import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every fault of issue #5 §3 against the local fake: each ends in one {@link LiveCallException}
 * (a one-line {@link UserError}, exit 1) naming what happened and what to do, never in a result.
 */
class LiveFaultsTest {

    private static final String POLICY = FakeAws.fixture("requests/deployed-read-policy.json");
    @RegisterExtension
    static final FakeAwsClients aws = new FakeAwsClients();

    private FakeAws fake;

    @BeforeEach
    void reset() {
        fake = aws.fake();
    }

    @Test
    void no_credentials_fails_before_any_request_is_sent() {
        var empty = ProfileFile.builder().content(new ByteArrayInputStream(new byte[0]))
                .type(ProfileFile.Type.CREDENTIALS).build();
        var none = AwsCredentialsProviderChain.of(ProfileCredentialsProvider.builder().profileFile(empty).build());

        assertFault(fake.settings().withCredentials(none), this::validate, Fault.NO_CREDENTIALS,
                "no usable AWS credentials for IAM Access Analyzer ValidatePolicy");
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void an_expired_session_token_says_to_refresh_credentials() {
        fake.fail(FakeAws.VALIDATE, 403, "ExpiredTokenException", "access-analyzer/error-expired-token.json");
        assertFault(fake.settings(), this::validate, Fault.EXPIRED_CREDENTIALS,
                "the AWS credentials have expired (ExpiredTokenException: The security token included in the request is expired)");
        fake.iamFail("SimulateCustomPolicy", 403, "iam/error-expired-token.xml");
        assertFault(fake.settings(), this::simulate, Fault.EXPIRED_CREDENTIALS, "(ExpiredToken: ");
    }

    @Test
    void credentials_aws_does_not_recognise_are_named_as_such() {
        fake.fail(FakeAws.VALIDATE, 403, "UnrecognizedClientException", "access-analyzer/error-unrecognized-client.json");
        assertFault(fake.settings(), this::validate, Fault.INVALID_CREDENTIALS, "AWS rejected the credentials");
        fake.iamFail("SimulateCustomPolicy", 403, "iam/error-invalid-client-token.xml");
        assertFault(fake.settings(), this::simulate, Fault.INVALID_CREDENTIALS, "InvalidClientTokenId");
    }

    @Test
    void access_denied_names_the_missing_permission_of_each_service() {
        fake.fail(FakeAws.VALIDATE, 403, "AccessDeniedException", "access-analyzer/error-access-denied.json");
        assertFault(fake.settings(), this::validate, Fault.ACCESS_DENIED, "AWS denied access-analyzer:ValidatePolicy (");
        fake.fail(FakeAws.NO_PUBLIC_ACCESS, 403, "AccessDeniedException", "access-analyzer/error-access-denied.json");
        assertFault(fake.settings(), c -> new AccessAnalyzerCustomChecks(c).checkNoPublicAccess(
                NoPublicAccessRequest.trust(POLICY)), Fault.ACCESS_DENIED, "grant access-analyzer:CheckNoPublicAccess to");
        fake.iamFail("SimulatePrincipalPolicy", 403, "iam/error-access-denied.xml");
        assertFault(fake.settings(), c -> new IamPolicySimulator(c).simulatePrincipalPolicy(
                "arn:aws:iam::123456789012:role/s3-reader-role-3f9a1c2", input()), Fault.ACCESS_DENIED,
                "AWS denied iam:SimulatePrincipalPolicy");
    }

    @Test
    void throttling_is_retried_with_backoff_until_the_service_answers() {
        fake.failThenAnswer(FakeAws.VALIDATE, 2, 429, "ThrottlingException", "access-analyzer/error-throttling.json",
                "access-analyzer/validate-policy-trust-error.json");
        try (AwsClients clients = AwsClients.create(fake.settings())) {
            var findings = new AccessAnalyzerPolicyValidator(clients).validate(ValidateRequest.identity(POLICY)).findings();
            assertThat(findings).extracting(f -> f.issueCode()).containsExactly("MISMATCHED_ACTION_FOR_PRINCIPAL");
            assertThat(clients.requestCounts()).containsEntry("AccessAnalyzer.ValidatePolicy", 3);
        }
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(3);
    }

    @Test
    void iam_rate_exceeded_is_retried_too() {
        fake.iamFailThenAnswer("SimulatePrincipalPolicy", 2, 400, "iam/error-throttling.xml", "iam/simulate-principal-policy.xml");
        try (AwsClients clients = AwsClients.create(fake.settings())) {
            assertThat(new IamPolicySimulator(clients).simulatePrincipalPolicy("arn:aws:iam::123456789012:role/r", input()))
                    .hasSize(2);
        }
        assertThat(fake.iamForms("SimulatePrincipalPolicy")).hasSize(3);
    }

    @Test
    void throttling_that_never_ends_fails_after_the_configured_attempts_with_a_clear_message() {
        fake.fail(FakeAws.VALIDATE, 429, "ThrottlingException", "access-analyzer/error-throttling.json");

        assertFault(fake.settings().withMaxAttempts(3), this::validate, Fault.THROTTLED,
                "AWS kept throttling IAM Access Analyzer ValidatePolicy (ThrottlingException: Rate exceeded, 3 attempts);"
                        + " wait a minute and run again, or raise AWS_MAX_ATTEMPTS");
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(3);
    }

    @Test
    void retries_can_be_disabled_for_fast_failure() {
        fake.fail(FakeAws.VALIDATE, 429, "ThrottlingException", "access-analyzer/error-throttling.json");

        assertFault(fake.settings().withoutRetries(), this::validate, Fault.THROTTLED, "1 attempt)");
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(1);
    }

    @Test
    void server_errors_are_retried_then_reported_as_aws_side_failures() {
        fake.fail(FakeAws.VALIDATE, 500, "InternalServerException", "access-analyzer/error-internal-server.json");
        assertFault(fake.settings().withMaxAttempts(3), this::validate, Fault.SERVICE_ERROR,
                "IAM Access Analyzer ValidatePolicy failed on AWS's side (HTTP 500 InternalServerException: Internal Failure, 3 attempts)");
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(3);
        fake.iamFail("SimulateCustomPolicy", 500, "iam/error-service-failure.xml");
        assertFault(fake.settings().withoutRetries(), this::simulate, Fault.SERVICE_ERROR, "HTTP 500 ServiceFailure");
    }

    @Test
    void a_refused_connection_names_the_endpoint_and_the_variable_that_sets_it() throws IOException {
        URI closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        assertFault(fake.settings().withEndpoint(closed).withMaxAttempts(2), this::validate, Fault.UNREACHABLE,
                "cannot reach IAM Access Analyzer ValidatePolicy at " + closed);
        assertFault(fake.settings().withEndpoint(closed).withoutRetries(), this::simulate, Fault.UNREACHABLE,
                "check the network, a proxy, or AWS_ENDPOINT_URL_IAM/AWS_ENDPOINT_URL");
    }

    @Test
    void a_connection_reset_mid_call_is_reported_as_lost_not_as_an_empty_answer() {
        fake.breakConnection(FakeAws.VALIDATE, com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
        assertFault(fake.settings().withMaxAttempts(2), this::validate, Fault.CONNECTION_LOST, "was reset or closed");
        fake.breakConnection(FakeAws.VALIDATE, com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE);
        assertFault(fake.settings().withoutRetries(), this::validate, Fault.CONNECTION_LOST, "was reset or closed");
    }

    @Test
    void a_body_that_is_not_json_or_xml_is_malformed() {
        fake.answerRaw(FakeAws.VALIDATE, 200, "application/json", "{\"findings\": [ {\"findingType\": ");
        assertFault(fake.settings(), this::validate, Fault.MALFORMED_RESPONSE, "not valid JSON");
        fake.answerRaw("/", 200, "text/xml", "<SimulateCustomPolicyResponse><SimulateCustomPolicyResult><Eval");
        assertFault(fake.settings(), this::simulate, Fault.MALFORMED_RESPONSE, "not valid XML");
    }

    @Test
    void a_service_that_does_not_answer_in_time_is_a_timeout_within_the_call_limit() {
        fake.answerSlowly(FakeAws.VALIDATE, "access-analyzer/validate-policy-no-findings.json", Duration.ofSeconds(3));
        long start = System.nanoTime();
        assertFault(fake.settings().withTimeouts(Duration.ofMillis(300), Duration.ofMillis(800)), this::validate,
                Fault.TIMEOUT, "IAM Access Analyzer ValidatePolicy");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_request_aws_rejects_is_reported_with_aws_reason() {
        fake.fail(FakeAws.ACCESS_NOT_GRANTED, 400, "ValidationException", "access-analyzer/error-validation.json");
        assertFault(fake.settings(), c -> new AccessAnalyzerCustomChecks(c).checkAccessNotGranted(
                dev.keyless.policy.access.AccessNotGrantedRequest.actions(POLICY,
                        dev.keyless.policy.access.AccessCheckPolicyType.IDENTITY_POLICY, List.of("s3:GetObject"))),
                Fault.REQUEST_REJECTED, "rejected the request (HTTP 400 ValidationException: Invalid request)");
        assertThat(fake.requests(FakeAws.ACCESS_NOT_GRANTED)).as("a rejected request is not retried").hasSize(1);
    }

    /**
     * An error body in a shape the SDK reads no code from (moto wraps IAM errors in {@code <Errors>},
     * which AWS does not) is still a rejected request with its status, not a defect of keyless.
     */
    @Test
    void an_error_without_a_code_is_reported_by_its_status() {
        fake.answerRaw("/", 403, "text/xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ErrorResponse><Errors><Error>"
                + "<Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match"
                + "</Message><Type>Sender</Type></Error></Errors></ErrorResponse>");
        assertFault(fake.settings().withoutRetries(), this::simulate, Fault.REQUEST_REJECTED,
                "IAM SimulateCustomPolicy rejected the request (HTTP 403 no error code in the answer: ");
    }

    private void validate(AwsClients clients) {
        new AccessAnalyzerPolicyValidator(clients).validate(ValidateRequest.identity(POLICY));
    }

    private void simulate(AwsClients clients) {
        new IamPolicySimulator(clients).simulateCustomPolicy(input());
    }

    private static SimulationInput input() {
        return SimulationInput.of(List.of(POLICY), List.of("s3:GetObject"), List.of("arn:aws:s3:::keyless-data-example/*"));
    }

    private static void assertFault(AwsSettings settings, Consumer<AwsClients> call, Fault fault, String message) {
        try (AwsClients clients = AwsClients.create(settings)) {
            assertThatThrownBy(() -> call.accept(clients)).isInstanceOfSatisfying(LiveCallException.class, e -> {
                assertThat(e).isInstanceOf(UserError.class);
                assertThat(e.fault()).as(e.getMessage()).isEqualTo(fault);
                assertThat(e.getMessage()).contains(message).doesNotContain("\n").doesNotContain("\tat ");
            });
        }
    }
}
