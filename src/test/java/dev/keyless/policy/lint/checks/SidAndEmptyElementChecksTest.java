package dev.keyless.policy.lint.checks;

import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.AllChecks.BUCKET;
import static dev.keyless.policy.lint.checks.AllChecks.OBJECTS;
import static dev.keyless.policy.lint.checks.AllChecks.allow;
import static dev.keyless.policy.lint.checks.AllChecks.bucket;
import static dev.keyless.policy.lint.checks.AllChecks.identity;
import static dev.keyless.policy.lint.checks.AllChecks.policy;
import static dev.keyless.policy.lint.checks.AllChecks.q;
import static dev.keyless.policy.lint.checks.AllChecks.trust;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sid rules (IAM User Guide, "IAM JSON policy elements: Sid": letters and digits, unique within an
 * IAM policy) and elements that are present but empty (Access Analyzer's EMPTY_* suggestions).
 */
class SidAndEmptyElementChecksTest {

    private static final String PRINCIPAL = "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}";

    private static String read(String sid, String... extra) {
        String[] all = new String[extra.length + 1];
        all[0] = "\"Sid\": " + q(sid);
        System.arraycopy(extra, 0, all, 1, extra.length);
        return allow(q("s3:GetObject"), q(OBJECTS), all);
    }

    private static String list(String sid, String... extra) {
        String[] all = new String[extra.length + 1];
        all[0] = "\"Sid\": " + q(sid);
        System.arraycopy(extra, 0, all, 1, extra.length);
        return allow(q("s3:ListBucket"), q(BUCKET), all);
    }

    @Test
    void a_repeated_sid_is_an_error_in_identity_and_role_trust_policies_and_reported_at_the_repeat() {
        assertThat(identity(policy(read("Read"), list("Read")))).containsExactly("UNIQUE_SIDS_REQUIRED @ Statement[1].Sid");
        String assume = "{\"Sid\": \"Trust\", \"Effect\": \"Allow\", " + PRINCIPAL + ", \"Action\": \"sts:AssumeRole\"}";
        assertThat(trust(policy(assume, assume))).containsExactly("UNIQUE_SIDS_REQUIRED @ Statement[1].Sid");
    }

    @Test
    void a_repeated_sid_in_a_bucket_policy_is_only_discouraged() {
        assertThat(bucket(policy(read("Partner", PRINCIPAL), list("Partner", PRINCIPAL))))
                .containsExactly("UNIQUE_SIDS_RECOMMENDED @ Statement[1].Sid");
    }

    @Test
    void distinct_sids_and_empty_sids_are_not_repeats() {
        assertThat(identity(policy(read("Read"), list("List")))).isEmpty();
        assertThat(identity(policy(read(""), list("")))).containsExactly("EMPTY_SID_VALUE @ Statement[0].Sid", "EMPTY_SID_VALUE @ Statement[1].Sid");
    }

    @Test
    void an_iam_sid_takes_only_ascii_letters_and_digits_but_a_bucket_policy_sid_is_the_services_business() {
        assertThat(identity(policy(read("Read objects")))).containsExactly("UNSUPPORTED_SID @ Statement[0].Sid");
        assertThat(identity(policy(read("Read-objects")))).containsExactly("UNSUPPORTED_SID @ Statement[0].Sid");
        assertThat(identity(policy(read("ReadObjects2")))).isEmpty();
        assertThat(bucket(policy(read("Enable IAM User Permissions", PRINCIPAL)))).isEmpty();
    }

    @Test
    void an_empty_action_or_resource_array_makes_the_statement_do_nothing() {
        assertThat(identity(policy(allow("[]", "[]"))))
                .containsExactly("EMPTY_ARRAY_ACTION @ Statement[0].Action", "EMPTY_ARRAY_RESOURCE @ Statement[0].Resource");
    }

    @Test
    void an_empty_not_element_excludes_nothing_and_is_not_reported_as_empty() {
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"NotAction\": [], \"Resource\": \"*\"}"))).isEmpty();
        assertThat(identity(policy("{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"NotResource\": []}"))).isEmpty();
    }

    @Test
    void an_empty_principal_names_nobody() {
        assertThat(bucket(policy(read("Nobody", "\"Principal\": {}"))))
                .containsExactly("EMPTY_OBJECT_PRINCIPAL @ Statement[0].Principal");
        assertThat(bucket(policy(read("NoAccounts", "\"Principal\": {\"AWS\": []}"))))
                .containsExactly("EMPTY_ARRAY_PRINCIPAL @ Statement[0].Principal.AWS");
    }
}
