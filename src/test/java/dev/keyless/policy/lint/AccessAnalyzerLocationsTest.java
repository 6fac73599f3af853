package dev.keyless.policy.lint;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.PathElement;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import dev.keyless.policy.parse.JsonValue;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.policy.parse.PolicyReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locations as Access Analyzer writes them, checked against AWS's own example output: the
 * {@code aws accessanalyzer validate-policy} example of the AWS CLI reference
 * (awscli/examples/accessanalyzer/validate-policy.rst), a Cognito trust policy validated as
 * RESOURCE_POLICY. Its output shows that a path steps into a member with {@code value} (never
 * {@code key}), into an array with {@code index}; that a span covers the value with its quotes;
 * that {@code end} is exclusive; and that line counts from 1, column from 0, offset from 0.
 */
class AccessAnalyzerLocationsTest {

    /** The example's myfile.json, byte for byte as the example's offsets require. */
    private static final String COGNITO_TRUST = """
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "",
                        "Effect": "Allow",
                        "Principal": {
                            "Federated": "cognito-identity.amazonaws.com"
                        },
                        "Action": [
                            "sts:AssumeRole",
                            "sts:TagSession"
                        ],
                        "Condition": {
                            "StringEquals": {
                                "cognito-identity.amazonaws.com:aud": "us-west-2_EXAMPLE"
                            }
                        }
                    }
                ]
            }
            """;

    private static Span span(int startLine, int startColumn, int startOffset, int endLine, int endColumn, int endOffset) {
        return new Span(new Position(startLine, startColumn, startOffset), new Position(endLine, endColumn, endOffset));
    }

    @Test
    void the_empty_sid_finding_has_the_location_access_analyzer_gives_it() {
        Finding f = new OfflinePolicyValidator().validate(new ValidateRequest(COGNITO_TRUST, PolicyType.RESOURCE_POLICY,
                java.util.Optional.empty())).findings().stream().filter(x -> x.issueCode().equals("EMPTY_SID_VALUE"))
                .findFirst().orElseThrow();
        Location at = f.locations().get(0);
        assertThat(at.path().elements()).containsExactly(new PathElement.Value("Statement"), new PathElement.Index(0),
                new PathElement.Value("Sid"));
        // "end": {"column": 21, "line": 5, "offset": 81}, "start": {"column": 19, "line": 5, "offset": 79}
        assertThat(at.span()).isEqualTo(span(5, 19, 79, 5, 21, 81));
        assertThat(f.learnMoreLink()).isEqualTo("https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html"
                + "#access-analyzer-reference-policy-checks-suggestion-empty-sid-value");
    }

    @Test
    void action_and_principal_values_have_the_spans_of_access_analyzers_other_findings() {
        ParsedPolicy parsed = PolicyReader.read(COGNITO_TRUST);
        var statement = parsed.policy().orElseThrow().statements().get(0);
        Location assumeRole = statement.action().orElseThrow().values().get(0).location();
        assertThat(assumeRole.path().toString()).isEqualTo("Statement[0].Action[0]");
        assertThat(assumeRole.span()).isEqualTo(span(11, 16, 258, 11, 32, 274));
        Location tagSession = statement.action().orElseThrow().values().get(1).location();
        assertThat(tagSession.span()).isEqualTo(span(12, 16, 292, 12, 32, 308));
        Location federated = statement.principal().orElseThrow().entries().get(0).values().get(0).location();
        assertThat(federated.path().elements()).containsExactly(new PathElement.Value("Statement"), new PathElement.Index(0),
                new PathElement.Value("Principal"), new PathElement.Value("Federated"));
        assertThat(federated.span()).isEqualTo(span(8, 29, 170, 8, 61, 202));
    }

    @Test
    void a_condition_value_is_located_by_its_key_as_a_value_step() {
        // The example's Condition location has the path ... "StringEquals", "cognito-identity.amazonaws.com:aud"
        // (both as value steps) and a span that starts at the value (column 58); the example's end offset does
        // not fit its own text (the value was edited after the run), so only the start is compared.
        var clause = PolicyReader.read(COGNITO_TRUST).policy().orElseThrow().statements().get(0).conditions().get(0);
        Location value = clause.values().get(0).location();
        assertThat(value.path().elements()).containsExactly(new PathElement.Value("Statement"), new PathElement.Index(0),
                new PathElement.Value("Condition"), new PathElement.Value("StringEquals"),
                new PathElement.Value("cognito-identity.amazonaws.com:aud"));
        assertThat(value.span().start()).isEqualTo(new Position(16, 58, 443));
    }

    @Test
    void a_member_name_is_located_with_a_key_step_and_a_single_statement_object_has_no_index() {
        // Access Analyzer's terraform-iam-policy-validator example (INVALID_ACTION on ["Statement", "Action"])
        // shows a Statement object without an index step.
        String doc = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Actions\": \"s3:GetObject\", \"Resource\": \"*\"}}";
        List<Finding> findings = new OfflinePolicyValidator().validate(ValidateRequest.identity(doc)).findings();
        Finding invalid = findings.stream().filter(f -> f.issueCode().equals("INVALID_POLICY_ELEMENT")).findFirst().orElseThrow();
        assertThat(invalid.locations().get(0).path().elements()).containsExactly(new PathElement.Value("Statement"),
                new PathElement.Key("Actions"));
        int at = doc.indexOf("\"Actions\"");
        assertThat(invalid.locations().get(0).span()).isEqualTo(span(1, at, at, 1, at + 9, at + 9));
    }

    @Test
    void containers_span_from_their_opening_to_just_after_their_closing_bracket() {
        String doc = "{\"Statement\": [\n  {\"Effect\": \"Allow\"}\n]}";
        JsonValue statement = PolicyReader.read(doc).root().orElseThrow().get("Statement").orElseThrow();
        assertThat(statement.location().span()).isEqualTo(span(1, 14, 14, 3, 1, doc.length() - 1));
    }
}
