package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.ValidateRequest;
import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.AllChecks.OBJECTS;
import static dev.keyless.policy.lint.checks.AllChecks.allow;
import static dev.keyless.policy.lint.checks.AllChecks.identity;
import static dev.keyless.policy.lint.checks.AllChecks.policy;
import static dev.keyless.policy.lint.checks.AllChecks.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Action and NotAction values against the IAM catalog (Access Analyzer: INVALID_ACTION,
 * INVALID_SERVICE_IN_ACTION, INVALID_SERVICE, REDUNDANT_ACTION; keyless: wildcards that match
 * nothing or sit in the service prefix).
 */
class ActionChecksTest {

    private static String actions(String... values) {
        String[] quoted = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            quoted[i] = q(values[i]);
        }
        return policy(allow("[" + String.join(", ", quoted) + "]", q(OBJECTS)));
    }

    private static String details(String code, String document) {
        return AllChecks.only(code, ValidateRequest.identity(document)).findingDetails();
    }

    @Test
    void s3_HeadBucket_is_an_invalid_action_authorized_by_s3_ListBucket() {
        String doc = actions("s3:GetObject", "s3:HeadBucket");
        assertThat(identity(doc)).containsExactly("INVALID_ACTION @ Statement[0].Action[1]");
        assertThat(details("INVALID_ACTION", doc)).isEqualTo("The action s3:HeadBucket does not exist. Did you mean s3:ListBucket? "
                + "The API called HeadBucket authorizes against the IAM action s3:ListBucket.");
    }

    @Test
    void a_misspelled_action_suggests_the_nearest_one() {
        assertThat(details("INVALID_ACTION", actions("s3:GetObjcet"))).isEqualTo("The action s3:GetObjcet does not exist. Did you mean s3:GetObject?");
    }

    @Test
    void an_action_with_nothing_close_says_only_that_it_does_not_exist() {
        assertThat(details("INVALID_ACTION", actions("s3:Teleport"))).isEqualTo("The action s3:Teleport does not exist.");
    }

    @Test
    void an_action_without_a_service_prefix_does_not_exist() {
        assertThat(identity(actions("GetObject"))).containsExactly("INVALID_ACTION @ Statement[0].Action[0]");
    }

    @Test
    void action_names_and_service_prefixes_ignore_case_and_a_prefix_in_another_case_is_only_a_suggestion() {
        assertThat(identity(actions("s3:getobject", "s3:GETOBJECT"))).containsExactly("REDUNDANT_ACTION @ Statement[0].Action[1]");
        assertThat(identity(actions("S3:GetObject"))).containsExactly("ACTION_SERVICE_CASE @ Statement[0].Action[0]");
        assertThat(details("ACTION_SERVICE_CASE", actions("S3:GetObject")))
                .startsWith("The service prefix S3 of the action S3:GetObject is not written as AWS writes it (s3).");
        // The action part is still judged: a wrong-case prefix does not hide a wrong action.
        assertThat(identity(actions("S3:GetObjekt"))).containsExactlyInAnyOrder("ACTION_SERVICE_CASE @ Statement[0].Action[0]",
                "INVALID_ACTION @ Statement[0].Action[0]");
    }

    @Test
    void an_unknown_service_suggests_a_close_one_or_says_it_does_not_exist() {
        assertThat(identity(actions("s4:GetObject"))).containsExactly("INVALID_SERVICE_IN_ACTION @ Statement[0].Action[0]");
        assertThat(identity(actions("notaservice:GetObject"))).containsExactly("INVALID_SERVICE @ Statement[0].Action[0]");
        assertThat(details("INVALID_SERVICE", actions("notaservice:GetObject")))
                .isEqualTo("The service notaservice does not exist. Use a valid service name.");
    }

    @Test
    void a_wildcard_must_match_some_action() {
        assertThat(identity(actions("s3:Gett*"))).containsExactly("ACTION_WILDCARD_MATCHES_NO_ACTION @ Statement[0].Action[0]");
        assertThat(identity(actions("s3:Get*"))).isEmpty();
        assertThat(identity(actions("s3:*Object"))).isEmpty();
        assertThat(identity(actions("s3:Get?bject"))).isEmpty();
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}"))).isEmpty();
    }

    @Test
    void a_wildcard_in_the_service_prefix_is_rejected_by_iam() {
        assertThat(identity(actions("s*:GetObject"))).containsExactly("WILDCARD_IN_ACTION_SERVICE @ Statement[0].Action[0]");
        assertThat(identity(actions("*:Untag*"))).containsExactly("WILDCARD_IN_ACTION_SERVICE @ Statement[0].Action[0]");
    }

    @Test
    void not_action_values_are_checked_too() {
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"NotAction\": [\"s3:HeadBucket\", \"iam:*\"], \"Resource\": \"*\"}")))
                .containsExactly("INVALID_ACTION @ Statement[0].NotAction[0]");
    }

    @Test
    void an_action_already_covered_by_a_wildcard_of_the_same_statement_is_redundant() {
        // AWS's example: iam:GetCredentialReport is part of iam:Get*.
        String doc = policy(allow("[\"iam:Get*\", \"iam:List*\", \"iam:GetCredentialReport\"]", q("*")));
        assertThat(identity(doc)).containsExactly("REDUNDANT_ACTION @ Statement[0].Action[2]");
        assertThat(details("REDUNDANT_ACTION", doc)).isEqualTo("The 1 action(s) are redundant because they provide similar permissions. "
                + "Update the policy to remove the redundant action such as: iam:GetCredentialReport.");
    }

    @Test
    void a_pattern_only_partly_covered_is_not_redundant() {
        // AWS's example: iam:*CredentialReport also names GenerateCredentialReport, which iam:Get* does not.
        assertThat(identity(policy(allow("[\"iam:Get*\", \"iam:*CredentialReport\"]", q("*"))))).isEmpty();
    }

    @Test
    void of_two_equal_actions_the_later_one_is_redundant_and_one_finding_lists_every_redundant_action() {
        var f = AllChecks.only("REDUNDANT_ACTION", ValidateRequest.identity(actions("s3:GetObject", "s3:Get*", "s3:GetObject", "s3:GetObjectAcl")));
        assertThat(f.locations()).extracting(l -> l.path().toString())
                .containsExactly("Statement[0].Action[0]", "Statement[0].Action[2]", "Statement[0].Action[3]");
        assertThat(f.findingDetails()).startsWith("The 3 action(s) are redundant");
    }

    @Test
    void actions_in_different_statements_are_not_redundant_with_each_other() {
        assertThat(identity(policy(allow(q("s3:Get*"), q(OBJECTS)), allow(q("s3:GetObject"), q(OBJECTS))))).isEmpty();
    }
}
