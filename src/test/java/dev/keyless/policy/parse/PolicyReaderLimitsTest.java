package dev.keyless.policy.parse;

import dev.keyless.policy.finding.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's limits, each a finding with a location rather than an exception: IAM's 131,072
 * characters for any policy string (SimulateCustomPolicy's PolicyInputList, among others), JSON
 * nested deeper than any policy needs, a second JSON value after the first, wrong JSON types.
 */
class PolicyReaderLimitsTest {

    private static final String STATEMENT = "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}";

    @Test
    void a_document_over_131072_characters_is_reported_and_still_read() {
        String padded = "{\"Version\": \"2012-10-17\", \"Statement\": [" + STATEMENT + "]}" + " ".repeat(131_100);
        ParsedPolicy parsed = PolicyReader.read(padded);
        assertThat(parsed.findings()).extracting(Finding::issueCode).containsExactly("POLICY_SIZE_EXCEEDS_DOCUMENT_LIMIT");
        assertThat(parsed.findings().get(0).findingDetails()).contains(String.valueOf(padded.length())).contains("131072");
        assertThat(parsed.policy()).isPresent();
        assertThat(PolicyReader.read(padded.substring(0, 131_072)).findings()).isEmpty();
    }

    @Test
    void json_nested_past_64_levels_is_a_syntax_error_not_a_stack_overflow() {
        String deep = "{\"Statement\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThat(PolicyReader.read(deep).findings()).extracting(Finding::issueCode).containsExactly("JSON_SYNTAX_ERROR");
    }

    @Test
    void content_after_the_policy_object_is_a_syntax_error_where_it_starts() {
        ParsedPolicy parsed = PolicyReader.read("{\"Version\": \"2012-10-17\"}\n{}");
        assertThat(parsed.findings()).extracting(Finding::issueCode).containsExactly("JSON_SYNTAX_ERROR");
        assertThat(parsed.findings().get(0).locations().get(0).span().start().line()).isEqualTo(2);
    }

    @Test
    void a_document_that_is_not_an_object_is_a_type_mismatch() {
        for (String notAnObject : new String[] {"[]", "null", "\"policy\"", "42", "true"}) {
            assertThat(PolicyReader.read(notAnObject).findings()).as(notAnObject)
                    .extracting(Finding::issueCode).containsExactly("DATA_TYPE_MISMATCH");
        }
    }

    @Test
    void statement_must_be_an_object_or_an_array_of_objects_and_effect_a_string() {
        assertThat(PolicyReader.read("{\"Statement\": 42}").findings()).singleElement()
                .satisfies(f -> assertThat(f.findingDetails()).isEqualTo("The text does not match the expected JSON data type Object or Array."));
        assertThat(PolicyReader.read("{\"Statement\": [42]}").findings()).extracting(f -> f.locations().get(0).path().toString())
                .containsExactly("Statement[0]");
        assertThat(PolicyReader.read("{\"Statement\": {\"Effect\": false}}").findings())
                .extracting(f -> f.issueCode() + " @ " + f.locations().get(0).path()).containsExactly("DATA_TYPE_MISMATCH @ Statement.Effect");
    }

    @Test
    void windows_line_endings_count_as_one_line_break() {
        String doc = "{\r\n  \"Version\": 2012\r\n}";
        Finding f = PolicyReader.read(doc).findings().get(0);
        assertThat(f.locations().get(0).span().start().line()).isEqualTo(2);
        assertThat(f.locations().get(0).span().start().column()).isEqualTo(13);
        assertThat(f.locations().get(0).span().start().offset()).isEqualTo(doc.indexOf("2012"));
    }
}
