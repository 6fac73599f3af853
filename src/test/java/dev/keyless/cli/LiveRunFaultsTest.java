package dev.keyless.cli;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.keyless.aws.FakeAccount;
import dev.keyless.aws.FakeAws;
import dev.keyless.aws.FakeAwsProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every fault of issue #5 §3 inside a live run: the scenario whose call failed is not judged, the
 * rest of the rule book is skipped, and the run ends with exit 1 and one line on stderr saying what
 * to do. Never a pass, never a violation, never a stack trace.
 */
class LiveRunFaultsTest {

    private static FakeAws fake;

    @BeforeAll
    static void start() {
        fake = new FakeAws();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void computedAnswers() {
        fake.reset();
        fake.computeAnswers(FakeAccount.empty(), 100);
    }

    /** A run with one attempt per call, unless the test says otherwise. */
    private static CliRun run(int maxAttempts) {
        try (FakeAwsProperties aws = FakeAwsProperties.pointAt(fake, maxAttempts)) {
            return LiveGateTest.checkStackLive();
        }
    }

    private static void assertToolError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("keyless: ").contains(message)
                .doesNotContain("Exception in").doesNotContain("\tat ").doesNotContain("step error");
        assertThat(run.out()).contains("→ TOOL ERROR (exit 1)").doesNotContain("COMPLIANT").doesNotContain("VIOLATIONS")
                .doesNotContain("  FAIL  ");
        assertThat(run.out().lines().filter(l -> l.startsWith("  ERR ")).count()).as(run.out()).isEqualTo(1);
    }

    @Test
    void access_denied_names_the_missing_permission() {
        fake.iamFail("SimulateCustomPolicy", 403, "iam/error-access-denied.xml");

        CliRun run = run(1);

        assertToolError(run, "AWS denied iam:SimulateCustomPolicy (AccessDenied: ");
        assertThat(run.err()).contains("grant iam:SimulateCustomPolicy to the identity keyless runs as:"
                + " policy-fixtures/verifier-policy.json lists every permission live mode needs");
        assertThat(run.out()).contains("  ERR   What AWS decides for the role › The role may s3:GetObject on an object in the bucket")
                .contains("  SKIP  What AWS decides for the role › The role may s3:ListBucket on the bucket");
        assertThat(fake.iamForms("SimulateCustomPolicy")).as("later scenarios do not call again").hasSize(1);
    }

    @Test
    void an_expired_token_says_to_refresh_the_credentials() {
        fake.fail(FakeAws.VALIDATE, 403, "ExpiredTokenException", "access-analyzer/error-expired-token.json");
        assertToolError(run(1), "the AWS credentials have expired (ExpiredTokenException: ");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void throttling_that_outlasts_the_retries_fails_the_run_naming_the_attempts() {
        fake.fail(FakeAws.ACCESS_NOT_GRANTED, 429, "ThrottlingException", "access-analyzer/error-throttling.json");

        CliRun run = run(2);

        assertToolError(run, "AWS kept throttling IAM Access Analyzer CheckAccessNotGranted (ThrottlingException: Rate"
                + " exceeded, 2 attempts); wait a minute and run again, or raise AWS_MAX_ATTEMPTS");
        assertThat(fake.requests(FakeAws.ACCESS_NOT_GRANTED)).hasSize(2);
    }

    @Test
    void throttling_that_ends_is_retried_and_the_run_passes() {
        fake.failFirst(FakeAws.NO_PUBLIC_ACCESS, 2, 429, "ThrottlingException", "access-analyzer/error-throttling.json");

        CliRun run = run(5);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(fake.requests(FakeAws.NO_PUBLIC_ACCESS)).as("2 throttled + 2 answered").hasSize(4);
        assertThat(run.out()).contains("AccessAnalyzer.CheckNoPublicAccess 4");
    }

    @Test
    void a_server_error_is_aws_side_and_not_a_verdict() {
        fake.fail(FakeAws.NO_PUBLIC_ACCESS, 500, "InternalServerException", "access-analyzer/error-internal-server.json");
        assertToolError(run(1), "IAM Access Analyzer CheckNoPublicAccess failed on AWS's side (HTTP 500"
                + " InternalServerException: Internal Failure, 1 attempt); try again later");
    }

    @Test
    void a_reset_connection_is_reported_as_such() {
        fake.breakConnection(FakeAws.VALIDATE, Fault.CONNECTION_RESET_BY_PEER);
        assertToolError(run(1), "IAM Access Analyzer ValidatePolicy: the connection to ");
    }

    @Test
    void a_refused_connection_names_the_endpoint_and_the_variable_that_sets_it() throws IOException {
        String closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + s.getLocalPort();
        }
        CliRun run;
        try (FakeAwsProperties aws = FakeAwsProperties.pointAt(fake, 1);
             FakeAwsProperties nowhere = FakeAwsProperties.endpoint(closed)) {
            run = LiveGateTest.checkStackLive();
        }
        assertToolError(run, "cannot reach IAM Access Analyzer ValidatePolicy at " + closed);
        assertThat(run.err()).contains("AWS_ENDPOINT_URL_ACCESSANALYZER/AWS_ENDPOINT_URL");
    }

    @Test
    void an_answer_that_is_not_json_is_malformed_and_nothing_is_judged() {
        fake.answerRaw(FakeAws.VALIDATE, 200, "application/json", "<html>captive portal</html>");
        assertToolError(run(1), "IAM Access Analyzer ValidatePolicy answered with a body that is not valid JSON");
    }

    @Test
    void a_check_that_answers_neither_pass_nor_fail_is_a_tool_error() {
        fake.answer(FakeAws.NO_PUBLIC_ACCESS, "access-analyzer/check-result-neither-pass-nor-fail.json");
        assertToolError(run(1), "IAM Access Analyzer CheckNoPublicAccess answered with result \"UNKNOWN\", which is"
                + " neither PASS nor FAIL; keyless cannot trust that answer");
    }

    @Test
    void a_decision_the_simulator_does_not_define_is_a_tool_error() {
        fake.iamAnswer("SimulateCustomPolicy", "iam/simulate-custom-policy-unknown-decision.xml");
        assertToolError(run(1), "IAM SimulateCustomPolicy answered with the decision ");
    }

    @Test
    void without_credentials_nothing_is_sent() {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null, "this machine has AWS credentials in its environment");
        CliRun run;
        try (FakeAwsProperties aws = FakeAwsProperties.withoutCredentials(fake)) {
            run = LiveGateTest.checkStackLive();
        }
        // the credentials are resolved before anything is rendered or judged: one line, and nothing else
        assertThat(run.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("keyless: no usable AWS credentials for IAM Access Analyzer ValidatePolicy");
        assertThat(run.out()).isEmpty();
        assertThat(fake.requestCount()).isZero();
    }
}
