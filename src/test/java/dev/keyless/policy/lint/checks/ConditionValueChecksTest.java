package dev.keyless.policy.lint.checks;

import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.Lint.identity;
import static dev.keyless.policy.lint.checks.Lint.withCondition;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionValueChecksTest {

    @Test
    void a_Bool_value_other_than_true_or_false_is_a_type_mismatch() {
        assertThat(identity(new BooleanValueCheck(), withCondition(
                "{\"Bool\":{\"aws:SecureTransport\":\"yes\",\"aws:ViaAWSService\":false,\"aws:MultiFactorAuthPresent\":\"true\"}}")))
                .containsExactly("TYPE_MISMATCH_BOOLEAN @ Statement[0].Condition.Bool.aws:SecureTransport");
    }

    @Test
    void several_Boolean_values_for_one_key_are_an_error() {
        assertThat(identity(new BooleanValueCheck(), withCondition("{\"Bool\":{\"aws:SecureTransport\":[\"true\",\"false\"]}}")))
                .containsExactly("INVALID_CONDITION_MULTIPLE_BOOLEAN @ Statement[0].Condition.Bool.aws:SecureTransport");
    }

    @Test
    void a_numeric_operator_needs_a_number() {
        assertThat(identity(new NumericValueCheck(), withCondition(
                "{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":[\"3600\",\"one hour\",1.5]}}")))
                .containsExactly("TYPE_MISMATCH_NUMBER @ Statement[0].Condition.NumericLessThan.aws:MultiFactorAuthAge[1]");
    }

    @Test
    void a_date_operator_needs_an_ISO_8601_date_or_epoch_seconds() {
        // Values from the IAM User Guide's date examples (reference_policies_examples_aws-dates.html).
        assertThat(identity(new DateValueCheck(), withCondition("{\"DateGreaterThan\":{\"aws:CurrentTime\":"
                + "[\"2020-04-01T00:00:00Z\",\"2020-04-01\",\"2020-04-01T00:00:00.000+02:00\",\"1585699200\",\"tomorrow\",\"2020-13-01\"]}}")))
                .containsExactly(
                        "TYPE_MISMATCH_DATE @ Statement[0].Condition.DateGreaterThan.aws:CurrentTime[4]",
                        "TYPE_MISMATCH_DATE @ Statement[0].Condition.DateGreaterThan.aws:CurrentTime[5]");
    }

    @Test
    void an_IP_operator_needs_an_address_or_CIDR_range() {
        assertThat(identity(new IpAddressValueCheck(), withCondition("{\"IpAddress\":{\"aws:SourceIp\":"
                + "[\"203.0.113.0/24\",\"2001:DB8:1234:5678::/64\",\"192.0.2.1\",\"203.0.113.0/33\",\"256.0.0.1\",\"example.com\"]}}")))
                .containsExactly(
                        "TYPE_MISMATCH_IP_RANGE @ Statement[0].Condition.IpAddress.aws:SourceIp[3]",
                        "TYPE_MISMATCH_IP_RANGE @ Statement[0].Condition.IpAddress.aws:SourceIp[4]",
                        "TYPE_MISMATCH_IP_RANGE @ Statement[0].Condition.IpAddress.aws:SourceIp[5]");
    }

    @Test
    void a_range_with_host_bits_set_suggests_the_network_address() {
        assertThat(Lint.findings(new IpAddressValueCheck(), dev.keyless.policy.lint.ValidateRequest.identity(Lint.document(
                withCondition("{\"NotIpAddress\":{\"aws:SourceIp\":\"198.51.100.7/24\"}}")))).get(0).findingDetails())
                .isEqualTo("The non-zero bits in the IP address after the masked bits are ignored. Replace address with 198.51.100.0/24.");
    }

    @Test
    void a_BinaryEquals_value_must_be_base64() {
        assertThat(identity(new BinaryValueCheck(), withCondition("{\"BinaryEquals\":{\"aws:UserAgent\":[\"QmluYXJ5VmFsdWVJbkJhc2U2NA==\",\"not base64!\"]}}")))
                .containsExactly("TYPE_MISMATCH_STRING @ Statement[0].Condition.BinaryEquals.aws:UserAgent[1]");
    }

    @Test
    void a_wildcard_under_StringEquals_matches_only_itself() {
        assertThat(identity(new WildcardWithoutLikeOperatorCheck(), withCondition(
                "{\"StringEquals\":{\"s3:prefix\":[\"home/*\",\"home/${*}\"]},\"StringLike\":{\"aws:username\":\"a*\"},"
                        + "\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:sns:*:123456789012:topic\"}}")))
                .containsExactly("WILDCARD_WITHOUT_LIKE_OPERATOR @ Statement[0].Condition.StringEquals.s3:prefix[0]");
    }

    @Test
    void an_empty_condition_block_does_nothing() {
        assertThat(identity(new EmptyConditionCheck(), withCondition("{ }")))
                .containsExactly("EMPTY_OBJECT_CONDITION @ Statement[0].Condition");
    }

    @Test
    void an_empty_value_list_is_reported_by_what_it_then_means() {
        assertThat(identity(new EmptyConditionCheck(), withCondition("{\"StringEquals\":{\"s3:prefix\":[]},"
                + "\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[]},\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[]},"
                + "\"StringEqualsIfExists\":{\"aws:username\":[]}}")))
                .containsExactly(
                        "EMPTY_ARRAY_CONDITION @ Statement[0].Condition.StringEquals.s3:prefix",
                        "EMPTY_ARRAY_CONDITION_FORALLVALUES @ Statement[0].Condition.ForAllValues:StringEquals.aws:TagKeys",
                        "EMPTY_ARRAY_CONDITION_FORANYVALUE @ Statement[0].Condition.ForAnyValue:StringEquals.aws:TagKeys",
                        "EMPTY_ARRAY_CONDITION_IFEXISTS @ Statement[0].Condition.StringEqualsIfExists.aws:username");
    }
}
