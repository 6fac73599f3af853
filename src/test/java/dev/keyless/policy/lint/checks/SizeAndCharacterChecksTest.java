package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.model.Position;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.keyless.policy.lint.checks.AllChecks.allow;
import static dev.keyless.policy.lint.checks.AllChecks.bucket;
import static dev.keyless.policy.lint.checks.AllChecks.identity;
import static dev.keyless.policy.lint.checks.AllChecks.policy;
import static dev.keyless.policy.lint.checks.AllChecks.q;
import static dev.keyless.policy.lint.checks.AllChecks.trust;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Size quotas (IAM and AWS STS quotas: managed policy 6,144 and role trust policy 2,048 characters
 * without whitespace; Organizations: SCP 5,120 characters; S3: bucket policy 20 KB), the 32,768
 * characters AWS's cfn-policy-validator sends to ValidatePolicy, and IAM's character set.
 */
class SizeAndCharacterChecksTest {

    /** An identity policy with {@code n} object ARNs of 33 characters each. */
    private static String objects(int n, String padding) {
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            arns.add(q(String.format("arn:aws:s3:::bucket-%05d/*", i)));
        }
        return policy(allow(q("s3:GetObject"), "[" + String.join("," + padding, arns) + "]"));
    }

    @Test
    void an_identity_policy_over_6144_characters_without_whitespace_is_over_quota() {
        String small = objects(150, "");
        String large = objects(250, "");
        assertThat(PolicySizeCounter.of(small)).isLessThan(6_144);
        assertThat(PolicySizeCounter.of(large)).isGreaterThan(6_144);
        assertThat(identity(small)).isEmpty();
        assertThat(identity(large)).containsExactly("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA @ $");
    }

    @Test
    void whitespace_between_tokens_does_not_count_but_whitespace_in_values_does() {
        assertThat(identity(objects(150, "\n                                        "))).isEmpty();
        assertThat(PolicySizeCounter.of("{ \"Sid\" : \"a b\" }")).isEqualTo("{\"Sid\":\"a b\"}".length());
        assertThat(PolicySizeCounter.of("{\"Sid\":\"a\\\" b\"}")).isEqualTo("{\"Sid\":\"a\\\" b\"}".length());
    }

    @Test
    void the_details_give_the_size_and_the_quota() {
        var f = AllChecks.only("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA", ValidateRequest.identity(objects(250, "")));
        assertThat(f.findingDetails()).startsWith("The " + PolicySizeCounter.of(objects(250, "")) + " characters in the identity policy")
                .contains("the 6144 character maximum");
    }

    @Test
    void a_role_trust_policy_over_2048_characters_is_over_its_default_quota() {
        StringBuilder subs = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            subs.append(i == 0 ? "" : ",").append(q("repo:example-org/service-" + i + ":ref:refs/heads/main"));
        }
        String github = policy("{\"Effect\": \"Allow\", \"Principal\": {\"Federated\": \"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"},"
                + " \"Action\": \"sts:AssumeRoleWithWebIdentity\", \"Condition\": {\"StringLike\": {\"token.actions.githubusercontent.com:sub\": ["
                + subs + "]}}}");
        assertThat(trust(github)).contains("POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA @ $");
    }

    @Test
    void a_service_control_policy_counts_every_character_against_5120() {
        String spaced = policy("{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteBucket\", \"Resource\": \"*\"}" + " ".repeat(5_200));
        var request = new ValidateRequest(spaced, PolicyType.SERVICE_CONTROL_POLICY, Optional.empty());
        assertThat(AllChecks.codes(request)).containsExactly("POLICY_SIZE_EXCEEDS_SCP_QUOTA @ $");
    }

    @Test
    void a_bucket_policy_over_20_kb_is_over_the_s3_quota() {
        String principal = "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}";
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            statements.add(allow(q("s3:GetObject"), q("arn:aws:s3:::amzn-s3-demo-bucket/partners/partner-" + i + "/*"),
                    principal, "\"Sid\": \"Partner" + i + "\""));
        }
        assertThat(bucket(policy(statements.toArray(String[]::new)))).containsExactly("POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA @ $");
    }

    @Test
    void a_policy_over_32768_characters_is_more_than_validate_policy_is_sent() {
        assertThat(identity(objects(1_100, ""))).containsExactly("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA @ $",
                "POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM @ $");
    }

    @Test
    void a_character_outside_latin_1_is_reported_where_it_stands() {
        String doc = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Sid\": \"Read\u2019s\", \"Effect\": \"Allow\", "
                + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]\n}";
        var f = AllChecks.only("UNSUPPORTED_CHARACTER", ValidateRequest.identity(doc));
        int at = doc.indexOf('\u2019');
        assertThat(f.locations().get(0).span().start()).isEqualTo(new Position(3, at - doc.lastIndexOf('\n', at) - 1, at));
        assertThat(f.findingDetails()).startsWith("The character U+2019 is not allowed");
    }

    @Test
    void latin_1_characters_and_escaped_characters_are_accepted() {
        assertThat(identity(policy(allow(q("s3:GetObject"), q("arn:aws:s3:::amzn-s3-demo-bucket/caf\u00e9/*"))))).isEmpty();
        assertThat(identity(policy(allow(q("s3:GetObject"), q("arn:aws:s3:::amzn-s3-demo-bucket/a\\u2019b/*"))))).isEmpty();
    }

    /** The size the quota checks use, through the same code path. */
    private static final class PolicySizeCounter {
        static int of(String text) {
            var parsed = dev.keyless.policy.parse.PolicyReader.read(text);
            return new dev.keyless.policy.lint.CheckContext(ValidateRequest.identity(text), parsed,
                    parsed.policy().orElseGet(() -> dev.keyless.policy.parse.PolicyReader.read("{}").policy().orElseThrow()))
                    .sizeWithoutWhitespace();
        }
    }
}
