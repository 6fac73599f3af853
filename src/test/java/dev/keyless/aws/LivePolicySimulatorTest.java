package dev.keyless.aws;

import dev.keyless.policy.eval.CallerPrincipal;
import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.eval.SimulationRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evaluator's simulation port, answered live through the local fake. */
class LivePolicySimulatorTest {

    /** aws-cli awscli/examples/iam/simulate-custom-policy.rst, Example 1: the policy and the request. */
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\","
            + "\"Resource\":\"*\",\"Condition\":{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2018-08-16T12:00:00Z\"}}}}";
    private static final SimulationRequest REQUEST = new SimulationRequest(List.of(POLICY), List.of(),
            List.of("dynamodb:CreateBackup"), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(ContextEntry.of("aws:CurrentTime", ContextKeyType.DATE, "2019-04-25T11:00:00Z")), Optional.empty());

    @RegisterExtension
    static final FakeAwsClients aws = new FakeAwsClients();

    private FakeAws fake;
    private AwsClients clients;
    private PolicySimulator live;

    @BeforeEach
    void connect() {
        fake = aws.fake();
        clients = aws.clients();
        live = new LivePolicySimulator(clients);
    }

    @Test
    void aws_published_answer_read_through_the_port_equals_the_offline_evaluator_answer() throws Exception {
        fake.iamAnswer("SimulateCustomPolicy", "iam/simulate-custom-policy-aws-cli-example.xml");

        List<EvaluationResult> fromAws = live.simulateCustomPolicy(REQUEST);

        assertThat(fromAws).isEqualTo(new OfflineEvaluator().simulateCustomPolicy(REQUEST));
        assertThat(fromAws.get(0).matchedStatements().get(0).statementIndex()).isZero();
        Map<String, List<String>> form = fake.iamForms("SimulateCustomPolicy").get(0);
        assertThat(form).containsEntry("ContextEntries.member.1.ContextKeyType", List.of("date"))
                .containsEntry("ResourceArns.member.1", List.of("*"));
        assertThat(live.backend()).isEqualTo("live");
    }

    @Test
    void a_trust_question_is_refused_because_the_iam_simulator_cannot_answer_it() {
        SimulationRequest trust = new SimulationRequest(List.of(), List.of(), List.of("sts:AssumeRoleWithWebIdentity"),
                List.of(), Optional.of("{}"), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(CallerPrincipal.federated("accounts.google.com")));

        assertThatThrownBy(() -> live.simulateCustomPolicy(trust)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("aws-cli issue 10314");
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void a_malformed_policy_is_the_same_evaluation_exception_as_offline() {
        fake.iamFail("SimulateCustomPolicy", 400, "iam/error-malformed-policy.xml");

        assertThatThrownBy(() -> live.simulateCustomPolicy(REQUEST)).isInstanceOfSatisfying(EvaluationException.class,
                e -> assertThat(e.awsCode()).isEqualTo("MalformedPolicyDocument"));
    }
}
