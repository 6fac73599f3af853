package dev.keyless.policy.lint.checks;

import org.junit.jupiter.api.Test;

import static dev.keyless.policy.lint.checks.Lint.identity;
import static dev.keyless.policy.lint.checks.Lint.trust;
import static dev.keyless.policy.lint.checks.Lint.withCondition;
import static org.assertj.core.api.Assertions.assertThat;

class GithubAndSourceIpChecksTest {

    private static String github(String condition) {
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":" + condition + "}";
    }

    @Test
    void a_GitHub_trust_without_sub_lets_every_repository_in() {
        assertThat(trust(new GithubTrustCheck(), github(
                "{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"}}")))
                .containsExactly("MISSING_GITHUB_REPO_CONDITION_KEY @ Statement[0].Principal.Federated");
    }

    @Test
    void a_wildcard_in_the_GitHub_sub_is_a_warning_but_an_exact_branch_is_fine() {
        assertThat(trust(new GithubTrustCheck(), github("{\"StringLike\":{\"token.actions.githubusercontent.com:sub\":"
                + "[\"repo:octo-org/octo-repo:*\",\"repo:octo-org/other:ref:refs/heads/main\"]}}")))
                .containsExactly("SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED @ "
                        + "Statement[0].Condition.StringLike.token.actions.githubusercontent.com:sub[0]");
    }

    @Test
    void only_private_ranges_in_aws_SourceIp_never_match() {
        assertThat(identity(new PrivateSourceIpCheck(), withCondition(
                "{\"IpAddress\":{\"aws:SourceIp\":[\"10.1.0.0/16\",\"fd00::/8\"]}}")))
                .containsExactly("PRIVATE_IP_ADDRESS @ Statement[0].Condition.IpAddress.aws:SourceIp");
    }

    @Test
    void a_mix_of_private_and_public_ranges_is_a_suggestion_and_aws_VpcSourceIp_is_not_judged() {
        assertThat(identity(new PrivateSourceIpCheck(), withCondition("{\"NotIpAddress\":{\"aws:SourceIp\":"
                + "[\"192.168.0.0/16\",\"203.0.113.0/24\"],\"aws:VpcSourceIp\":\"10.0.0.0/8\"}}")))
                .containsExactly("PRIVATE_NOT_IP_ADDRESS_SUBSET @ Statement[0].Condition.NotIpAddress.aws:SourceIp");
    }

    @Test
    void a_range_wider_than_a_private_block_is_not_private() {
        assertThat(identity(new PrivateSourceIpCheck(), withCondition("{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}")))
                .isEmpty();
    }
}
