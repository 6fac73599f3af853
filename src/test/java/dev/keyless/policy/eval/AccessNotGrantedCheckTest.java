package dev.keyless.policy.eval;

import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.ReasonSummary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline CheckAccessNotGranted, on the AWS CLI and SDK examples and on the reader role. */
class AccessNotGrantedCheckTest {

    private static final String READER = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "List", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::keyless-data"},
              {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::keyless-data/*"}]}
            """;

    @Test
    void aws_cli_example_passes_for_actions_the_policy_does_not_grant() throws Exception {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],"
                + "\"Resource\":[\"arn:aws:s3:::DOC-EXAMPLE-BUCKET\",\"arn:aws:s3:::DOC-EXAMPLE-BUCKET/*\"]}]}";
        CheckResult r = AccessNotGrantedCheck.check(policy, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:DeleteBucket", "s3:GetBucketLocation"), List.of());
        assertThat(r.result()).isEqualTo(CheckResult.Result.PASS);
        assertThat(r.message()).isEqualTo("The policy document does not grant access to perform the listed actions.");
    }

    @Test
    void sdk_example_fails_with_the_granting_statement_and_its_sid() throws Exception {
        String policy = "{\"Version\":\"2012-10-17\",\"Id\":\"123\",\"Statement\":[{\"Sid\":\"AllowJohnDoe\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:user/JohnDoe\"},\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::my-bucket/*\"}]}";
        CheckResult r = AccessNotGrantedCheck.check(policy, AccessCheckPolicyType.RESOURCE_POLICY,
                List.of("s3:PutObject"), List.of("arn:aws:s3:::my-bucket/*"));
        assertThat(r.result()).isEqualTo(CheckResult.Result.FAIL);
        assertThat(r.message()).isEqualTo("The policy document grants access to perform one or more of the listed actions or resources.");
        assertThat(r.reasons()).containsExactly(ReasonSummary.of("One or more of the listed actions or resources in the statement with sid: AllowJohnDoe.", 0, "AllowJohnDoe"));
    }

    @Test
    void reader_role_is_not_granted_writes_policy_changes_or_iam() throws Exception {
        CheckResult r = AccessNotGrantedCheck.check(READER, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:PutObject", "s3:DeleteObject", "s3:PutBucketPolicy", "iam:*", "sts:AssumeRole"), List.of());
        assertThat(r.passed()).isTrue();
    }

    @Test
    void wildcard_in_the_checked_actions_finds_a_grant_it_overlaps() throws Exception {
        CheckResult r = AccessNotGrantedCheck.check(READER, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:Get*"), List.of());
        assertThat(r.passed()).isFalse();
        assertThat(r.reasons()).extracting(ReasonSummary::statementIndex).containsExactly(java.util.Optional.of(1));
    }

    @Test
    void a_grant_with_a_condition_still_fails_the_check() throws Exception {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}]}";
        assertThat(AccessNotGrantedCheck.check(policy, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:PutObject"), List.of()).reasons()).extracting(rs -> rs.description().orElseThrow())
                .containsExactly("One or more of the listed actions in the statement with index: 0.");
    }

    @Test
    void an_unconditional_deny_covering_the_action_removes_the_grant() throws Exception {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"s3:Put*\",\"Resource\":\"*\"}]}";
        assertThat(AccessNotGrantedCheck.check(policy, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:PutObject", "s3:PutBucketPolicy"), List.of()).passed()).isTrue();
        assertThat(AccessNotGrantedCheck.check(policy, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:DeleteObject"), List.of()).passed()).isFalse();
    }

    @Test
    void not_action_allow_grants_actions_it_does_not_list() throws Exception {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        assertThat(AccessNotGrantedCheck.check(policy, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:PutObject"), List.of()).passed()).isFalse();
        assertThat(AccessNotGrantedCheck.check(policy, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:GetObject"), List.of()).passed()).isTrue();
    }

    @Test
    void listed_resources_limit_the_check() throws Exception {
        assertThat(AccessNotGrantedCheck.check(READER, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:GetObject"), List.of("arn:aws:s3:::another-bucket/key")).passed()).isTrue();
        assertThat(AccessNotGrantedCheck.check(READER, AccessCheckPolicyType.IDENTITY_POLICY,
                List.of("s3:GetObject"), List.of("arn:aws:s3:::keyless-data/key")).passed()).isFalse();
    }

    @Test
    void trust_policy_is_checked_as_a_resource_policy_without_resource() throws Exception {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"accounts.google.com\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"}]}";
        assertThat(AccessNotGrantedCheck.check(trust, AccessCheckPolicyType.RESOURCE_POLICY,
                List.of("sts:AssumeRole"), List.of()).passed()).isTrue();
        assertThat(AccessNotGrantedCheck.check(trust, AccessCheckPolicyType.RESOURCE_POLICY,
                List.of("sts:AssumeRoleWithWebIdentity"), List.of()).passed()).isFalse();
    }

    @Test
    void more_than_one_hundred_actions_is_an_input_error() {
        List<String> many = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "s3:Action" + i).toList();
        assertThatThrownBy(() -> AccessNotGrantedCheck.check(READER, AccessCheckPolicyType.IDENTITY_POLICY, many, List.of()))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("at most 100");
    }

    @Test
    void malformed_policy_is_an_error_not_a_pass() {
        assertThatThrownBy(() -> AccessNotGrantedCheck.check("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"StringEqualz\":{\"a:b\":\"c\"}}}]}",
                AccessCheckPolicyType.IDENTITY_POLICY, List.of("s3:PutObject"), List.of()))
                .isInstanceOf(EvaluationException.class);
    }
}
