package dev.keyless.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.NoNewAccessRequest;
import dev.keyless.policy.access.NoPublicAccessRequest;
import dev.keyless.policy.access.ReasonSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Live custom checks against the local fake: chunking on the wire, strict results, no blind trust. */
class AccessAnalyzerCustomChecksTest {

    private static final String READ = FakeAws.fixture("requests/deployed-read-policy.json");
    private static final String TRUST = FakeAws.fixture("requests/deployed-trust-policy.json");
    private static final List<String> ACTIONS_250 = IntStream.range(0, 250)
            .mapToObj(i -> String.format("s3:Action%03d", i)).toList();

    @RegisterExtension
    static final FakeAwsClients aws = new FakeAwsClients();

    private FakeAws fake;
    private AwsClients clients;
    private AccessAnalyzerCustomChecks checks;

    @BeforeEach
    void connect() {
        fake = aws.fake();
        clients = aws.clients();
        checks = new AccessAnalyzerCustomChecks(clients);
    }

    @Test
    void two_hundred_fifty_actions_go_as_three_requests_each_carrying_only_its_own_chunk() {
        fake.answer(FakeAws.ACCESS_NOT_GRANTED, "access-analyzer/check-access-not-granted-pass.json");

        CheckResult result = checks.checkAccessNotGranted(
                AccessNotGrantedRequest.actions(READ, AccessCheckPolicyType.IDENTITY_POLICY, ACTIONS_250));

        assertThat(result.result()).isEqualTo(CheckResult.Result.PASS);
        List<JsonNode> bodies = fake.bodies(FakeAws.ACCESS_NOT_GRANTED);
        assertThat(bodies).hasSize(3);
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode access = bodies.get(i).get("access");
            assertThat(access.size()).isEqualTo(1);
            assertThat(access.get(0).has("resources")).as("no resources were asked").isFalse();
            List<String> chunk = new ArrayList<>();
            access.get(0).get("actions").forEach(a -> chunk.add(a.asText()));
            assertThat(chunk).isEqualTo(ACTIONS_250.subList(i * 100, Math.min(250, i * 100 + 100)));
            sent.addAll(chunk);
            assertThat(bodies.get(i).get("policyType").asText()).isEqualTo("IDENTITY_POLICY");
            assertThat(bodies.get(i).get("policyDocument").asText()).isEqualTo(READ);
        }
        assertThat(sent).as("every action asked exactly once").isEqualTo(ACTIONS_250);
        assertThat(clients.requestCounts()).containsEntry("AccessAnalyzer.CheckAccessNotGranted", 3);
    }

    @Test
    void a_fail_in_any_chunk_fails_the_whole_check_with_its_reasons() {
        fake.answer(FakeAws.ACCESS_NOT_GRANTED, "access-analyzer/check-access-not-granted-pass.json");
        fake.answerWhenBodyContains(FakeAws.ACCESS_NOT_GRANTED, "\"s3:Action150\"",
                "access-analyzer/check-access-not-granted-fail.json");

        CheckResult result = checks.checkAccessNotGranted(
                AccessNotGrantedRequest.actions(READ, AccessCheckPolicyType.IDENTITY_POLICY, ACTIONS_250));

        assertThat(result).isEqualTo(new CheckResult(CheckResult.Result.FAIL,
                "The policy document grants access to perform one or more of the listed actions.",
                List.of(new ReasonSummary(Optional.of("One or more of the listed actions in the statement with index: 0."),
                        Optional.of(0), Optional.empty()))));
        assertThat(fake.requests(FakeAws.ACCESS_NOT_GRANTED)).as("every chunk is still asked").hasSize(3);
    }

    @Test
    void actions_and_resources_are_chunked_together_as_every_pair_of_slices() {
        fake.answer(FakeAws.ACCESS_NOT_GRANTED, "access-analyzer/check-access-not-granted-pass.json");
        List<String> resources = IntStream.range(0, 150).mapToObj(i -> "arn:aws:s3:::bucket-" + i).toList();

        checks.checkAccessNotGranted(new AccessNotGrantedRequest(READ, AccessCheckPolicyType.IDENTITY_POLICY,
                ACTIONS_250, resources));

        List<JsonNode> bodies = fake.bodies(FakeAws.ACCESS_NOT_GRANTED);
        assertThat(bodies).hasSize(6);
        for (JsonNode b : bodies) {
            assertThat(b.get("access").get(0).get("actions").size()).isLessThanOrEqualTo(100);
            assertThat(b.get("access").get(0).get("resources").size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void a_sid_reason_keeps_its_statement_id_and_index() {
        fake.answer(FakeAws.ACCESS_NOT_GRANTED, "access-analyzer/check-access-not-granted-fail-sid.json");

        CheckResult result = checks.checkAccessNotGranted(AccessNotGrantedRequest.actions(READ,
                AccessCheckPolicyType.IDENTITY_POLICY, List.of("s3:PutObject")));

        assertThat(result.reasons()).containsExactly(ReasonSummary.of(
                "One or more of the listed actions or resources in the statement with sid: ReadObjects.", 0, "ReadObjects"));
    }

    @Test
    void no_new_access_sends_both_documents_and_reports_a_fail() {
        fake.answer(FakeAws.NO_NEW_ACCESS, "access-analyzer/check-no-new-access-fail.json");

        CheckResult result = checks.checkNoNewAccess(new NoNewAccessRequest(READ, TRUST, AccessCheckPolicyType.IDENTITY_POLICY));

        assertThat(result.passed()).isFalse();
        assertThat(result.reasons()).extracting(ReasonSummary::statementIndex).containsExactly(Optional.of(1));
        JsonNode body = fake.bodies(FakeAws.NO_NEW_ACCESS).get(0);
        assertThat(body.get("newPolicyDocument").asText()).isEqualTo(READ);
        assertThat(body.get("existingPolicyDocument").asText()).isEqualTo(TRUST);
        assertThat(body.get("policyType").asText()).isEqualTo("IDENTITY_POLICY");
    }

    @Test
    void no_public_access_on_a_trust_policy_names_the_assume_role_resource_type() {
        fake.answer(FakeAws.NO_PUBLIC_ACCESS, "access-analyzer/check-no-public-access-pass.json");

        CheckResult result = checks.checkNoPublicAccess(NoPublicAccessRequest.trust(TRUST));

        assertThat(result).isEqualTo(new CheckResult(CheckResult.Result.PASS,
                "The resource policy does not grant public access for the given resource type.", List.of()));
        JsonNode body = fake.bodies(FakeAws.NO_PUBLIC_ACCESS).get(0);
        assertThat(body.get("resourceType").asText()).isEqualTo("AWS::IAM::AssumeRolePolicyDocument");
        assertThat(body.get("policyDocument").asText()).isEqualTo(TRUST);
    }

    @Test
    void a_fail_from_the_service_is_reported_as_a_fail_never_as_a_pass() {
        fake.answer(FakeAws.NO_PUBLIC_ACCESS, "access-analyzer/check-no-public-access-fail.json");

        CheckResult result = checks.checkNoPublicAccess(NoPublicAccessRequest.bucket(READ));

        assertThat(result.result()).isEqualTo(CheckResult.Result.FAIL);
        assertThat(result.message()).isEqualTo("The resource policy grants public access for the given resource type.");
        assertThat(result.reasons()).hasSize(1);
    }

    @Test
    void a_result_that_is_neither_pass_nor_fail_is_an_error() {
        fake.answer(FakeAws.NO_PUBLIC_ACCESS, "access-analyzer/check-result-neither-pass-nor-fail.json");

        assertThatThrownBy(() -> checks.checkNoPublicAccess(NoPublicAccessRequest.bucket(READ)))
                .isInstanceOfSatisfying(LiveCallException.class, e -> {
                    assertThat(e.fault()).isEqualTo(LiveCallException.Fault.MALFORMED_RESPONSE);
                    assertThat(e.getMessage()).contains("CheckNoPublicAccess")
                            .contains("result \"UNKNOWN\", which is neither PASS nor FAIL");
                });
    }

    @Test
    void an_answer_without_a_result_is_an_error_even_when_its_message_sounds_like_a_pass() {
        fake.answer(FakeAws.ACCESS_NOT_GRANTED, "access-analyzer/check-result-missing.json");

        assertThatThrownBy(() -> checks.checkAccessNotGranted(AccessNotGrantedRequest.actions(READ,
                AccessCheckPolicyType.IDENTITY_POLICY, List.of("s3:PutObject"))))
                .isInstanceOfSatisfying(LiveCallException.class,
                        e -> assertThat(e.getMessage()).contains("answered with no result"));
    }
}
