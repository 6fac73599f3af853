package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.AllChecks.OBJECTS;
import static dev.keyless.policy.lint.checks.AllChecks.allow;
import static dev.keyless.policy.lint.checks.AllChecks.bucket;
import static dev.keyless.policy.lint.checks.AllChecks.identity;
import static dev.keyless.policy.lint.checks.AllChecks.of;
import static dev.keyless.policy.lint.checks.AllChecks.policy;
import static dev.keyless.policy.lint.checks.AllChecks.q;
import static dev.keyless.policy.lint.checks.AllChecks.resource;
import static dev.keyless.policy.lint.checks.AllChecks.trust;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version, Statement, Effect and the elements each policy type requires or forbids. Rules from
 * AWS's Access Analyzer policy check reference and the IAM JSON policy grammar
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html).
 */
class GrammarChecksTest {

    private static final String READ = allow(q("s3:GetObject"), q(OBJECTS));

    @Test
    void a_policy_without_version_is_warned_at_its_opening_brace() {
        String doc = "\n  {\"Statement\": [" + READ + "]}";
        var f = AllChecks.only("MISSING_VERSION", ValidateRequest.identity(doc));
        assertThat(f.locations().get(0).span()).isEqualTo(new Span(new Position(2, 2, 3), new Position(2, 3, 4)));
    }

    @Test
    void a_version_of_the_wrong_json_type_is_a_type_mismatch_not_a_missing_version() {
        assertThat(identity("{\"Version\": 2012, \"Statement\": [" + READ + "]}")).containsExactly("DATA_TYPE_MISMATCH @ Version");
    }

    @Test
    void only_the_two_policy_language_versions_are_valid() {
        assertThat(identity("{\"Version\": \"2008-10-17\", \"Statement\": [" + READ + "]}")).isEmpty();
        assertThat(identity("{\"Version\": \"2012-10-18\", \"Statement\": [" + READ + "]}")).containsExactly("INVALID_VERSION @ Version");
        var f = AllChecks.only("INVALID_VERSION", ValidateRequest.identity("{\"Version\": \"2012-10-18\", \"Statement\": [" + READ + "]}"));
        assertThat(f.findingDetails()).isEqualTo("The version 2012-10-18 is not valid. Use one of the following versions: 2012-10-17, 2008-10-17");
    }

    @Test
    void a_policy_without_statement_or_with_an_empty_statement_array_has_no_statement() {
        assertThat(identity("{\"Version\": \"2012-10-17\"}")).containsExactly("MISSING_STATEMENT @ $");
        assertThat(identity("{\"Version\": \"2012-10-17\", \"Statement\": []}")).containsExactly("MISSING_STATEMENT @ Statement");
    }

    @Test
    void a_statement_that_is_a_number_is_a_type_mismatch_and_nothing_else() {
        assertThat(identity("{\"Version\": \"2012-10-17\", \"Statement\": 42}")).containsExactly("DATA_TYPE_MISMATCH @ Statement");
    }

    @Test
    void a_single_statement_object_is_as_valid_as_an_array() {
        assertThat(identity("{\"Version\": \"2012-10-17\", \"Statement\": " + READ + "}")).isEmpty();
    }

    @Test
    void effect_must_be_exactly_allow_or_deny() {
        assertThat(identity(policy(READ.replace("Allow", "Maybe")))).containsExactly("INVALID_EFFECT @ Statement[0].Effect");
        assertThat(identity(policy(READ.replace("Allow", "allow")))).containsExactly("INVALID_EFFECT @ Statement[0].Effect");
        assertThat(identity(policy(READ.replace("Allow", "Deny")))).isEmpty();
    }

    @Test
    void a_statement_without_effect_is_reported_at_the_statement_but_a_mistyped_effect_is_only_a_type_mismatch() {
        assertThat(identity(policy(READ.replace("\"Effect\": \"Allow\", ", "")))).containsExactly("MISSING_EFFECT @ Statement[0]");
        assertThat(identity(policy(READ.replace("\"Allow\"", "true")))).containsExactly("DATA_TYPE_MISMATCH @ Statement[0].Effect");
    }

    @Test
    void every_statement_needs_action_or_notaction() {
        assertThat(identity(policy("{\"Effect\": \"Allow\", \"Resource\": \"*\"}"))).containsExactly("MISSING_ACTION @ Statement[0]");
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"NotAction\": \"s3:GetObject\", \"Resource\": \"*\"}"))).isEmpty();
    }

    @Test
    void a_misspelled_element_is_invalid_and_leaves_the_element_missing() {
        assertThat(identity(policy("{\"Effect\": \"Allow\", \"Actions\": \"s3:GetObject\", \"Resource\": \"*\"}")))
                .containsExactly("MISSING_ACTION @ Statement[0]", "INVALID_POLICY_ELEMENT @ Statement[0].key(Actions)");
    }

    @Test
    void identity_and_bucket_policy_statements_need_a_resource_but_role_trust_statements_do_not() {
        String noResource = "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"}";
        assertThat(identity(policy(noResource))).containsExactly("MISSING_RESOURCE @ Statement[0]");
        String principal = "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}";
        assertThat(bucket(policy("{\"Effect\": \"Allow\", " + principal + ", \"Action\": \"s3:GetObject\"}")))
                .containsExactly("MISSING_RESOURCE @ Statement[0]");
        assertThat(trust(policy("{\"Effect\": \"Allow\", " + principal + ", \"Action\": \"sts:AssumeRole\"}"))).isEmpty();
    }

    @Test
    void a_resource_policy_without_resource_type_whose_statement_only_assumes_roles_is_a_trust_statement() {
        // AWS's aws-cli example validates a Cognito trust policy as RESOURCE_POLICY and gets no MISSING_RESOURCE.
        String principal = "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}";
        assertThat(resource(policy("{\"Effect\": \"Allow\", " + principal + ", \"Action\": [\"sts:AssumeRole\", \"sts:TagSession\"]}")))
                .isEmpty();
        assertThat(resource(policy("{\"Effect\": \"Allow\", " + principal + ", \"Action\": [\"sts:AssumeRole\", \"s3:GetObject\"]}")))
                .containsExactly("MISSING_RESOURCE @ Statement[0]");
    }

    @Test
    void service_control_policies_are_not_held_to_the_identity_policy_resource_rule() {
        assertThat(of(PolicyType.SERVICE_CONTROL_POLICY, policy("{\"Effect\": \"Allow\", \"Action\": \"s3:*\"}"))).isEmpty();
    }

    @Test
    void resource_policies_need_a_principal_and_identity_policies_must_not_have_one() {
        assertThat(bucket(policy(READ))).containsExactly("MISSING_PRINCIPAL @ Statement[0]");
        String withPrincipal = allow(q("s3:GetObject"), q(OBJECTS), "\"Principal\": {\"AWS\": \"111122223333\"}");
        assertThat(bucket(policy(withPrincipal))).isEmpty();
        assertThat(identity(policy(withPrincipal))).containsExactly("UNSUPPORTED_PRINCIPAL @ Statement[0].Principal");
        assertThat(identity(policy(withPrincipal.replace("Principal", "NotPrincipal").replace("Allow", "Deny"))))
                .containsExactly("UNSUPPORTED_PRINCIPAL @ Statement[0].NotPrincipal");
        var f = AllChecks.only("UNSUPPORTED_PRINCIPAL", ValidateRequest.identity(policy(withPrincipal)));
        assertThat(f.findingDetails()).isEqualTo(
                "The policy type IDENTITY_POLICY does not support the Principal element. Remove the Principal element.");
    }

    @Test
    void an_element_and_its_not_element_cannot_share_a_statement() {
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"NotAction\": \"s3:GetObject\", \"Resource\": \"*\"}")))
                .containsExactly("UNSUPPORTED_ELEMENT_COMBINATION @ Statement[0].NotAction");
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"Resource\": \"*\", \"NotResource\": \"" + OBJECTS + "\"}")))
                .containsExactly("UNSUPPORTED_ELEMENT_COMBINATION @ Statement[0].NotResource");
        String both = "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"NotPrincipal\": {\"AWS\": \"111122223333\"}, \"Action\": \"s3:DeleteObject\", \"Resource\": \"" + OBJECTS + "\"}";
        assertThat(bucket(policy(both))).contains("UNSUPPORTED_ELEMENT_COMBINATION @ Statement[0].NotPrincipal");
        var f = AllChecks.only("UNSUPPORTED_ELEMENT_COMBINATION", ValidateRequest.bucket(policy(both)));
        assertThat(f.findingDetails()).isEqualTo("The policy elements Principal and NotPrincipal can not be used in the same statement. Remove one of these elements.");
    }
}
