package dev.keyless.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.lint.ValidationResult;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.PathElement;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Live ValidatePolicy against the local fake: what is sent, every page read, every field kept. */
class AccessAnalyzerPolicyValidatorTest {

    private static final String DEFECTS = FakeAws.fixture("requests/read-policy-defects.json");
    private static final String TRUST = FakeAws.fixture("requests/trust-policy-wrong-action.json");

    @RegisterExtension
    static final FakeAwsClients aws = new FakeAwsClients();

    private FakeAws fake;
    private AwsClients clients;
    private AccessAnalyzerPolicyValidator validator;

    @BeforeEach
    void connect() {
        fake = aws.fake();
        clients = aws.clients();
        validator = new AccessAnalyzerPolicyValidator(clients);
    }

    @Test
    void a_trust_policy_is_sent_as_a_resource_policy_of_type_assume_role_policy_document() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-no-findings.json");

        assertThat(validator.validate(ValidateRequest.trust(TRUST)).findings()).isEmpty();

        JsonNode body = fake.bodies(FakeAws.VALIDATE).get(0);
        assertThat(body.get("policyType").asText()).isEqualTo("RESOURCE_POLICY");
        assertThat(body.get("validatePolicyResourceType").asText()).isEqualTo("AWS::IAM::AssumeRolePolicyDocument");
        assertThat(body.get("policyDocument").asText()).isEqualTo(TRUST);
        assertThat(body.get("locale").asText()).isEqualTo("EN");
    }

    @Test
    void an_identity_policy_is_sent_without_a_resource_type() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-no-findings.json");

        validator.validate(ValidateRequest.identity(DEFECTS));

        JsonNode body = fake.bodies(FakeAws.VALIDATE).get(0);
        assertThat(body.get("policyType").asText()).isEqualTo("IDENTITY_POLICY");
        assertThat(body.has("validatePolicyResourceType")).isFalse();
        assertThat(fake.requests(FakeAws.VALIDATE).get(0).getHeader("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void every_page_is_read_by_following_next_token_in_the_query_string() {
        fake.answerPage(FakeAws.VALIDATE, null, "access-analyzer/validate-policy-page-1.json");
        fake.answerPage(FakeAws.VALIDATE, "eyJwYWdlIjoyfQ==", "access-analyzer/validate-policy-page-2.json");

        ValidationResult result = validator.validate(ValidateRequest.identity(DEFECTS));

        assertThat(result.findings()).extracting(Finding::issueCode).containsExactly(
                "INVALID_ACTION", "INVALID_POLICY_ELEMENT", "MISSING_BRACE_IN_VARIABLE", "REDUNDANT_ACTION");
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(2);
        assertThat(fake.requests(FakeAws.VALIDATE).get(1).queryParameter("nextToken").firstValue())
                .isEqualTo("eyJwYWdlIjoyfQ==");
        assertThat(fake.bodies(FakeAws.VALIDATE).get(1).has("nextToken")).as("nextToken is a query parameter").isFalse();
        assertThat(clients.requestCounts()).containsEntry("AccessAnalyzer.ValidatePolicy", 2);
    }

    @Test
    void findings_keep_type_code_details_link_and_every_kind_of_path_element_and_span() {
        fake.answerPage(FakeAws.VALIDATE, null, "access-analyzer/validate-policy-page-1.json");
        fake.answerPage(FakeAws.VALIDATE, "eyJwYWdlIjoyfQ==", "access-analyzer/validate-policy-page-2.json");

        List<Finding> findings = validator.validate(ValidateRequest.identity(DEFECTS)).findings();

        JsonPath statement = JsonPath.ROOT.value("Statement").index(0);
        assertThat(findings.get(0)).isEqualTo(new Finding(FindingType.ERROR, "INVALID_ACTION",
                "The action s3:HeadBucket does not exist. Did you mean s3:ListBucket?",
                IssueCode.INVALID_ACTION.learnMoreLink(),
                List.of(new Location(statement.value("Action").index(1), token("\"s3:HeadBucket\"")))));
        assertThat(findings.get(1).locations().get(0))
                .isEqualTo(new Location(statement.key("Actions"), token("\"Actions\"")));
        int variable = DEFECTS.indexOf("${aws:userid");
        List<PathElement> substring = new ArrayList<>(statement.value("Resource").elements());
        substring.add(new PathElement.Substring(34, 12));
        assertThat(findings.get(2).locations().get(0)).isEqualTo(new Location(new JsonPath(substring),
                new Span(at(variable), at(variable + 12))));
        assertThat(findings.get(3).findingType()).isEqualTo(FindingType.SUGGESTION);
        assertThat(findings.get(3).learnMoreLink()).isEqualTo(IssueCode.REDUNDANT_ACTION.learnMoreLink());
    }

    @Test
    void an_error_finding_from_the_service_is_reported_exactly_never_as_no_findings() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-trust-error.json");

        List<Finding> findings = validator.validate(ValidateRequest.trust(TRUST)).findings();

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).findingType()).isEqualTo(FindingType.ERROR);
        assertThat(findings.get(0).issueCode()).isEqualTo("MISMATCHED_ACTION_FOR_PRINCIPAL");
        int action = TRUST.indexOf("\"sts:AssumeRole\"");
        assertThat(findings.get(0).locations()).containsExactly(new Location(
                JsonPath.ROOT.value("Statement").index(0).value("Action"),
                new Span(at(TRUST, action), at(TRUST, action + "\"sts:AssumeRole\"".length()))));
    }

    @Test
    void an_answer_without_a_findings_list_is_refused_not_read_as_clean() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-without-findings-list.json");

        assertMalformed("no findings list");
    }

    @Test
    void a_finding_type_this_client_does_not_know_is_refused() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-unknown-finding-type.json");

        assertMalformed("unknown type \"CRITICAL\"");
    }

    @Test
    void a_location_without_a_span_is_refused() {
        fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-location-without-span.json");

        assertMalformed("without a path or span");
    }

    @Test
    void a_next_token_that_repeats_is_refused_instead_of_looping() {
        fake.answerPage(FakeAws.VALIDATE, null, "access-analyzer/validate-policy-repeated-token.json");
        fake.answerPage(FakeAws.VALIDATE, "c2FtZS10b2tlbg==", "access-analyzer/validate-policy-repeated-token.json");

        assertMalformed("the same nextToken twice");
        assertThat(fake.requests(FakeAws.VALIDATE)).hasSize(2);
    }

    private void assertMalformed(String what) {
        assertThatThrownBy(() -> validator.validate(ValidateRequest.identity(DEFECTS)))
                .isInstanceOfSatisfying(LiveCallException.class, e -> {
                    assertThat(e.fault()).isEqualTo(LiveCallException.Fault.MALFORMED_RESPONSE);
                    assertThat(e.getMessage()).startsWith("IAM Access Analyzer ValidatePolicy answered with")
                            .contains(what).doesNotContain("\n");
                });
    }

    private static Span token(String quoted) {
        int at = DEFECTS.indexOf(quoted);
        return new Span(at(at), at(at + quoted.length()));
    }

    private static Position at(int offset) {
        return at(DEFECTS, offset);
    }

    private static Position at(String text, int offset) {
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1), offset);
    }
}
