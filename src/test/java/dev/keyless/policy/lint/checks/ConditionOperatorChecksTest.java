package dev.keyless.policy.lint.checks;

import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.Lint.identity;
import static dev.keyless.policy.lint.checks.Lint.withCondition;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionOperatorChecksTest {

    @Test
    void an_operator_IAM_does_not_know_is_invalid() {
        assertThat(identity(new ConditionOperatorCheck(), withCondition("{\"StringEqual\":{\"s3:prefix\":\"home/\"}}")))
                .containsExactly("INVALID_CONDITION_OPERATOR @ Statement[0].Condition.key(StringEqual)");
    }

    @Test
    void an_unknown_operator_with_no_keys_is_still_invalid() {
        assertThat(identity(new ConditionOperatorCheck(), withCondition("{\"DateAfter\":{}}")))
                .containsExactly("INVALID_CONDITION_OPERATOR @ Statement[0].Condition.key(DateAfter)");
    }

    @Test
    void every_documented_operator_with_qualifiers_and_IfExists_is_valid() {
        assertThat(identity(new ConditionOperatorCheck(), withCondition("{\"ForAnyValue:StringLikeIfExists\":{\"aws:TagKeys\":\"a*\"},"
                + "\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/x\"},\"NumericGreaterThanEquals\":{\"s3:max-keys\":\"1\"}}")))
                .isEmpty();
    }

    @Test
    void Null_with_IfExists_is_an_error() {
        assertThat(identity(new NullOperatorCheck(), withCondition("{\"NullIfExists\":{\"s3:prefix\":\"false\"}}")))
                .containsExactly("NULL_WITH_IF_EXISTS @ Statement[0].Condition.key(NullIfExists)");
    }

    @Test
    void Null_with_a_set_qualifier_is_a_suggestion() {
        assertThat(identity(new NullOperatorCheck(), withCondition("{\"ForAllValues:Null\":{\"aws:TagKeys\":\"false\"}}")))
                .containsExactly("NULL_WITH_QUALIFIER @ Statement[0].Condition.key(ForAllValues:Null)");
    }

    @Test
    void DateGreaterThan_on_a_string_key_is_a_type_mismatch() {
        assertThat(identity(new ConditionTypeMismatchCheck(),
                withCondition("{\"DateGreaterThan\":{\"aws:UserAgent\":\"2020-01-01\"}}")))
                .containsExactly("TYPE_MISMATCH @ Statement[0].Condition.DateGreaterThan.key(aws:UserAgent)");
    }

    @Test
    void a_type_mismatch_names_the_operator_type_the_key_needs() {
        assertThat(Lint.findings(new ConditionTypeMismatchCheck(), dev.keyless.policy.lint.ValidateRequest.identity(
                Lint.document(withCondition("{\"StringEquals\":{\"aws:SecureTransport\":\"true\"}}")))).get(0).findingDetails())
                .isEqualTo("Use the operator type Boolean instead of operator StringEquals for the condition key aws:SecureTransport.");
    }

    @Test
    void string_operators_fit_ARN_keys_and_numeric_operators_fit_aws_EpochTime() {
        assertThat(identity(new ConditionTypeMismatchCheck(), withCondition(
                "{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:role/*\"},"
                        + "\"NumericGreaterThan\":{\"aws:EpochTime\":\"1700000000\"},\"Null\":{\"aws:SecureTransport\":\"false\"}}")))
                .isEmpty();
    }

    @Test
    void ForAllValues_on_a_single_valued_key_is_a_security_warning() {
        assertThat(identity(new SetQualifierCheck(), withCondition("{\"ForAllValues:StringEquals\":{\"aws:username\":[\"a\"]}}")))
                .containsExactly("FORALLVALUES_WITH_SINGLE_VALUED_KEY @ Statement[0].Condition.ForAllValues:StringEquals.key(aws:username)");
    }

    @Test
    void a_multivalued_key_without_a_qualifier_is_missing_its_qualifier() {
        assertThat(identity(new SetQualifierCheck(), withCondition("{\"StringEquals\":{\"aws:TagKeys\":[\"team\"]},"
                + "\"ForAnyValue:StringEquals\":{\"aws:CalledVia\":\"athena.amazonaws.com\"},\"Null\":{\"aws:TagKeys\":\"false\"}}")))
                .containsExactly("MISSING_QUALIFIER @ Statement[0].Condition.StringEquals.key(aws:TagKeys)");
    }

    @Test
    void IfExists_on_a_key_AWS_always_includes_has_no_effect() {
        assertThat(identity(new IfExistsOnAlwaysPresentKeyCheck(), withCondition(
                "{\"BoolIfExists\":{\"aws:SecureTransport\":\"false\",\"aws:MultiFactorAuthPresent\":\"true\"},"
                        + "\"DateLessThanIfExists\":{\"aws:CurrentTime\":\"2030-01-01\"}}")))
                .containsExactly(
                        "IF_EXISTS_ON_ALWAYS_PRESENT_KEY @ Statement[0].Condition.BoolIfExists.key(aws:SecureTransport)",
                        "IF_EXISTS_ON_ALWAYS_PRESENT_KEY @ Statement[0].Condition.DateLessThanIfExists.key(aws:CurrentTime)");
    }

    @Test
    void the_same_key_twice_with_different_case_in_one_block_is_a_duplicate() {
        assertThat(identity(new DuplicateConditionKeyCaseCheck(), withCondition(
                "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\",\"aws:sourceip\":\"198.51.100.0/24\"},"
                        + "\"NotIpAddress\":{\"AWS:SOURCEIP\":\"192.0.2.0/24\"}}")))
                .containsExactly("DUPLICATE_KEYS_WITH_DIFFERENT_CASE @ Statement[0].Condition.IpAddress.key(aws:sourceip)");
    }
}
