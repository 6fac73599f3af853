package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.Lint.bucket;
import static dev.keyless.policy.lint.checks.Lint.identity;
import static dev.keyless.policy.lint.checks.Lint.withCondition;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyVariableChecksTest {

    private static final String HOME = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::amzn-s3-demo-bucket/home/%s/*\"}";

    @Test
    void variables_in_Resource_and_string_conditions_are_fine() {
        String s = HOME.formatted("${aws:username}") + ","
                + withCondition("{\"StringLike\":{\"s3:prefix\":\"home/${aws:username}/*\"}}");
        assertThat(identity(new PolicyVariableSyntaxCheck(), s)).isEmpty();
        assertThat(identity(new PolicyVariablePlacementCheck(), s)).isEmpty();
    }

    @Test
    void a_variable_under_the_2008_version_is_literal_text() {
        String doc = "{\"Version\":\"2008-10-17\",\"Statement\":[" + HOME.formatted("${aws:username}") + "]}";
        assertThat(Lint.run(new PolicyVariableSyntaxCheck(), ValidateRequest.identity(doc)))
                .containsExactly("VARIABLE_UNSUPPORTED_IN_VERSION @ Statement[0].Resource");
    }

    @Test
    void a_variable_without_its_closing_brace_is_an_error() {
        assertThat(identity(new PolicyVariableSyntaxCheck(), HOME.formatted("${aws:username")))
                .containsExactly("MISSING_BRACE_IN_VARIABLE @ Statement[0].Resource");
    }

    @Test
    void an_empty_variable_is_an_error() {
        assertThat(identity(new PolicyVariableSyntaxCheck(), HOME.formatted("${ }")))
                .containsExactly("EMPTY_VARIABLE @ Statement[0].Resource");
    }

    @Test
    void a_variable_in_the_Principal_element_is_not_substituted() {
        assertThat(bucket(new PolicyVariablePlacementCheck(), "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::123456789012:user/${aws:username}\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::amzn-s3-demo-bucket/*\"}"))
                .containsExactly("VARIABLE_UNSUPPORTED_IN_ELEMENT @ Statement[0].Principal.AWS");
    }

    @Test
    void a_variable_in_a_numeric_condition_is_invalid_for_the_operator() {
        assertThat(identity(new PolicyVariablePlacementCheck(),
                withCondition("{\"NumericLessThanEquals\":{\"s3:max-keys\":\"${aws:PrincipalTag/max}\"}}")))
                .containsExactly("INVALID_VARIABLE_FOR_OPERATOR @ Statement[0].Condition.NumericLessThanEquals.s3:max-keys");
    }

    @Test
    void escapes_are_not_variables() {
        assertThat(PolicyVariables.hasVariable("a${*}b${?}c${$}")).isFalse();
        assertThat(PolicyVariables.hasVariable("home/${aws:username}")).isTrue();
    }
}
