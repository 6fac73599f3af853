package dev.keyless.policy.parse;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.ValueType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyReaderTest {

    private static final String POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [{
                "Sid": "",
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:ListBucket"],
                "Resource": "arn:aws:s3:::b/*",
                "Condition": {"Bool": {"aws:SecureTransport": true}, "NumericLessThan": {"s3:max-keys": 10}}
              }]
            }
            """;

    @Test
    void values_carry_access_analyzer_spans_with_line_from_1_and_column_from_0() {
        Policy policy = PolicyReader.read(POLICY).policy().orElseThrow();
        Statement s = policy.statements().get(0);
        int sidAt = POLICY.indexOf("\"\",");
        assertThat(s.sid().orElseThrow().location().span())
                .isEqualTo(new Span(new Position(4, 11, sidAt), new Position(4, 13, sidAt + 2)));
        assertThat(s.action().orElseThrow().values().get(1).location().path().toString())
                .isEqualTo("Statement[0].Action[1]");
        assertThat(s.action().orElseThrow().values().get(1).location().span().start())
                .isEqualTo(new Position(6, 31, POLICY.indexOf("\"s3:ListBucket\"")));
        assertThat(s.action().orElseThrow().values().get(1).location().span().length())
                .isEqualTo("\"s3:ListBucket\"".length());
    }

    @Test
    void condition_values_keep_their_json_types() {
        Statement s = PolicyReader.read(POLICY).policy().orElseThrow().statements().get(0);
        List<ConditionValue> first = s.conditions().get(0).values();
        assertThat(first.get(0).type()).isEqualTo(ValueType.BOOLEAN);
        assertThat(first.get(0).text()).isEqualTo("true");
        assertThat(s.conditions().get(1).values().get(0).type()).isEqualTo(ValueType.NUMBER);
        int numberAt = POLICY.indexOf("10}");
        assertThat(s.conditions().get(1).values().get(0).location().span().start().offset()).isEqualTo(numberAt);
        assertThat(s.conditions().get(1).values().get(0).location().span().end().offset()).isEqualTo(numberAt + 2);
    }

    @Test
    void malformed_json_is_a_finding_with_a_position_not_an_exception() {
        ParsedPolicy parsed = PolicyReader.read("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [}\n");
        assertThat(parsed.policy()).isEmpty();
        assertThat(parsed.findings()).extracting(Finding::issueCode).containsExactly("JSON_SYNTAX_ERROR");
        assertThat(parsed.findings().get(0).locations().get(0).span().start().line()).isEqualTo(3);
    }

    @Test
    void duplicate_keys_unknown_elements_and_wrong_types_are_reported_where_they_are() {
        ParsedPolicy parsed = PolicyReader.read("""
                {"Version": "2012-10-17", "Version": "2012-10-17",
                 "Statement": {"Effect": "Allow", "Actions": "s3:*", "Resource": 5}}""");
        assertThat(parsed.findings()).extracting(Finding::issueCode)
                .containsExactlyInAnyOrder("DUPLICATE_KEY", "INVALID_POLICY_ELEMENT", "DATA_TYPE_MISMATCH");
        assertThat(parsed.findings()).extracting(f -> f.locations().get(0).path().toString())
                .containsExactlyInAnyOrder("key(Version)", "Statement.key(Actions)", "Statement.Resource");
        assertThat(parsed.malformed()).isTrue();
    }

    @Test
    void an_empty_document_is_a_finding() {
        assertThat(PolicyReader.read("  \n").findings()).extracting(Finding::issueCode)
                .containsExactly("EMPTY_POLICY_DOCUMENT");
    }
}
