package dev.keyless.rulebook;

import dev.keyless.UserError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunModeTest {

    @Test
    void offline_is_the_default_and_live_is_chosen_by_the_flag_or_keyless_mode() {
        assertThat(RunMode.choose(false, null)).isEqualTo(RunMode.Mode.OFFLINE);
        assertThat(RunMode.choose(false, " ")).isEqualTo(RunMode.Mode.OFFLINE);
        assertThat(RunMode.choose(false, "offline")).isEqualTo(RunMode.Mode.OFFLINE);
        assertThat(RunMode.choose(false, "LIVE")).isEqualTo(RunMode.Mode.LIVE);
        assertThat(RunMode.choose(true, null)).isEqualTo(RunMode.Mode.LIVE);
        assertThat(RunMode.choose(true, "offline")).as("the command line wins").isEqualTo(RunMode.Mode.LIVE);
    }

    @Test
    void an_unknown_keyless_mode_is_a_tool_error_even_with_the_flag() {
        assertThatThrownBy(() -> RunMode.choose(true, "aws")).isInstanceOf(UserError.class)
                .hasMessage("KEYLESS_MODE is 'aws': set it to offline or live (or unset it; offline is the default)");
    }

    @Test
    void a_live_run_says_where_its_trust_verdict_comes_from() {
        assertThat(RunMode.live("eu-west-1").trust()).contains("aws-cli issue 10314").contains("CheckNoPublicAccess");
        assertThat(RunMode.live("eu-west-1").validator()).isEqualTo("IAM Access Analyzer ValidatePolicy (eu-west-1)");
        assertThat(RunMode.offline().live()).isFalse();
        assertThat(RunMode.deployed("us-east-1", "arn:aws:iam::123456789012:role/r").simulator())
                .isEqualTo("IAM SimulatePrincipalPolicy on arn:aws:iam::123456789012:role/r");
    }

    @Test
    void each_mode_judges_its_own_scenarios() {
        assertThat(RuleBook.junitTags(RuleBook.OFFLINE_TAGS)).isEqualTo("!live");
        assertThat(RuleBook.junitTags(RuleBook.LIVE_TAGS)).isEqualTo("!deployed");
        assertThat(RuleBook.junitTags(RuleBook.DEPLOYED_TAGS)).isEqualTo("deployed");
        assertThat(RuleBook.junitTags("@live and not @deployed or @x")).isEqualTo("live & !deployed | x");
    }
}
