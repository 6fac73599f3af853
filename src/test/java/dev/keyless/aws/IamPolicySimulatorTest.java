package dev.keyless.aws;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live IAM simulator against the local fake: Query-protocol requests, Marker paging, strict decisions. */
class IamPolicySimulatorTest {

    private static final String READ = FakeAws.fixture("requests/deployed-read-policy.json");
    private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/s3-reader-role-3f9a1c2";

    @RegisterExtension
    static final FakeAwsClients aws = new FakeAwsClients();

    private FakeAws fake;
    private AwsClients clients;
    private IamPolicySimulator simulator;

    @BeforeEach
    void connect() {
        fake = aws.fake();
        clients = aws.clients();
        simulator = new IamPolicySimulator(clients);
    }

    @Test
    void custom_policy_requests_are_query_protocol_forms_and_every_page_is_read() {
        fake.iamAnswerPage("SimulateCustomPolicy", null, "iam/simulate-custom-policy-page-1.xml");
        fake.iamAnswerPage("SimulateCustomPolicy", "AAEXAMPLEmarkerPage2", "iam/simulate-custom-policy-page-2.xml");
        SimulationInput input = SimulationInput.of(List.of(READ), List.of("s3:ListBucket", "s3:PutObject"),
                List.of("arn:aws:s3:::keyless-data-example", "arn:aws:s3:::keyless-data-example/*"))
                .withContext(List.of(new SimulationInput.ContextEntry("aws:SecureTransport", "boolean", List.of("true"))));

        List<SimulationResult> results = simulator.simulateCustomPolicy(input);

        assertThat(results).extracting(SimulationResult::evalActionName, SimulationResult::evalDecision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s3:ListBucket", EvalDecision.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple("s3:PutObject", EvalDecision.IMPLICIT_DENY));
        List<Map<String, List<String>>> forms = fake.iamForms("SimulateCustomPolicy");
        assertThat(forms).hasSize(2);
        Map<String, List<String>> first = forms.get(0);
        assertThat(first).containsEntry("Version", List.of("2010-05-08"))
                .containsEntry("PolicyInputList.member.1", List.of(READ))
                .containsEntry("ActionNames.member.1", List.of("s3:ListBucket"))
                .containsEntry("ActionNames.member.2", List.of("s3:PutObject"))
                .containsEntry("ResourceArns.member.2", List.of("arn:aws:s3:::keyless-data-example/*"))
                .containsEntry("ContextEntries.member.1.ContextKeyName", List.of("aws:SecureTransport"))
                .containsEntry("ContextEntries.member.1.ContextKeyType", List.of("boolean"))
                .containsEntry("ContextEntries.member.1.ContextKeyValues.member.1", List.of("true"))
                .doesNotContainKey("Marker").doesNotContainKey("PermissionsBoundaryPolicyInputList");
        assertThat(forms.get(1)).containsEntry("Marker", List.of("AAEXAMPLEmarkerPage2"));
        assertThat(clients.requestCounts()).containsEntry("Iam.SimulateCustomPolicy", 2);
    }

    @Test
    void results_keep_matched_statements_missing_context_and_decision_details() {
        fake.iamAnswerPage("SimulateCustomPolicy", null, "iam/simulate-custom-policy-page-1.xml");
        fake.iamAnswerPage("SimulateCustomPolicy", "AAEXAMPLEmarkerPage2", "iam/simulate-custom-policy-page-2.xml");

        List<SimulationResult> results = simulator.simulateCustomPolicy(SimulationInput.of(List.of(READ),
                List.of("s3:ListBucket", "s3:PutObject"), List.of()));

        assertThat(results.get(0).matchedStatements()).containsExactly(new SimulationResult.MatchedStatement(
                Optional.of("PolicyInputList.1"), Optional.of("IAM Policy"),
                Optional.of(new SimulationResult.LineColumn(3, 17)), Optional.of(new SimulationResult.LineColumn(8, 6))));
        assertThat(results.get(1).missingContextValues()).containsExactly("aws:SecureTransport");
        assertThat(results.get(1).evalDecisionDetails()).containsEntry("IAM Policy", EvalDecision.IMPLICIT_DENY);
        assertThat(fake.iamForms("SimulateCustomPolicy").get(0)).as("ResourceArns left to AWS's default *")
                .doesNotContainKey("ResourceArns.member.1");
    }

    @Test
    void principal_policy_names_the_deployed_role_and_keeps_organizations_detail() {
        fake.iamAnswer("SimulatePrincipalPolicy", "iam/simulate-principal-policy.xml");

        List<SimulationResult> results = simulator.simulatePrincipalPolicy(ROLE_ARN, SimulationInput.of(List.of(),
                List.of("s3:GetObject", "s3:DeleteObject"), List.of("arn:aws:s3:::keyless-data-example/reports/q1.csv")));

        assertThat(results).extracting(SimulationResult::evalDecision)
                .containsExactly(EvalDecision.ALLOWED, EvalDecision.IMPLICIT_DENY);
        assertThat(results.get(0).allowedByOrganizations()).contains(true);
        assertThat(results.get(0).matchedStatements().get(0).sourcePolicyType()).contains("user-managed");
        Map<String, List<String>> form = fake.iamForms("SimulatePrincipalPolicy").get(0);
        assertThat(form).containsEntry("PolicySourceArn", List.of(ROLE_ARN)).doesNotContainKey("PolicyInputList.member.1");
    }

    @Test
    void a_decision_that_is_none_of_the_three_is_refused() {
        fake.iamAnswer("SimulateCustomPolicy", "iam/simulate-custom-policy-unknown-decision.xml");

        assertThatThrownBy(() -> simulator.simulateCustomPolicy(SimulationInput.of(List.of(READ),
                List.of("s3:GetObject"), List.of())))
                .isInstanceOfSatisfying(LiveCallException.class, e -> {
                    assertThat(e.fault()).isEqualTo(LiveCallException.Fault.MALFORMED_RESPONSE);
                    assertThat(e.getMessage()).contains("IAM SimulateCustomPolicy").contains("\"maybe\"");
                });
    }

    @Test
    void a_truncated_page_without_a_marker_is_refused_instead_of_cut_short() {
        fake.iamAnswer("SimulateCustomPolicy", "iam/simulate-custom-policy-truncated-without-marker.xml");

        assertThatThrownBy(() -> simulator.simulateCustomPolicy(SimulationInput.of(List.of(READ),
                List.of("s3:GetObject"), List.of())))
                .isInstanceOfSatisfying(LiveCallException.class,
                        e -> assertThat(e.getMessage()).contains("IsTruncated true but no Marker"));
    }

    @Test
    void a_malformed_policy_is_reported_as_rejected_by_iam_with_its_code() {
        fake.iamFail("SimulateCustomPolicy", 400, "iam/error-malformed-policy.xml");

        assertThatThrownBy(() -> simulator.simulateCustomPolicy(SimulationInput.of(List.of("{"),
                List.of("s3:GetObject"), List.of())))
                .isInstanceOfSatisfying(LiveCallException.class, e -> {
                    assertThat(e.fault()).isEqualTo(LiveCallException.Fault.REQUEST_REJECTED);
                    assertThat(e.getMessage()).isEqualTo("IAM SimulateCustomPolicy rejected the request (HTTP 400"
                            + " MalformedPolicyDocument: Syntax errors in policy.)");
                });
    }
}
