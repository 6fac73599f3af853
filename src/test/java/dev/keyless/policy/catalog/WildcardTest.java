package dev.keyless.policy.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one wildcard matcher of keyless: {@code *} any run, {@code ?} one character (IAM User Guide,
 * Action and Resource elements), checked against a regular-expression reference.
 */
class WildcardTest {

    @Test
    void star_matches_any_run_and_question_mark_exactly_one_character() {
        assertThat(Wildcard.matches("s3:Get*", "s3:GetObject")).isTrue();
        assertThat(Wildcard.matches("s3:Get*", "s3:Get")).isTrue();
        assertThat(Wildcard.matches("s3:?etObject", "s3:GetObject")).isTrue();
        assertThat(Wildcard.matches("s3:?etObject", "s3:etObject")).isFalse();
        assertThat(Wildcard.matches("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket")).isFalse();
        assertThat(Wildcard.matches("*", "")).isTrue();
    }

    @Test
    void resource_matching_is_case_sensitive_and_action_matching_is_not() {
        assertThat(Wildcard.matches("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/key")).isFalse();
        assertThat(Wildcard.matchesIgnoringCase("S3:get*", "s3:GetObject")).isTrue();
        assertThat(Wildcard.matchesIgnoringCase("iam:Pass?ole", "IAM:PASSROLE")).isTrue();
    }

    @Test
    void the_fast_shapes_of_matcher_answer_as_matches_does() {
        List<String> patterns = List.of("*", "get*", "*object", "*object*", "getobject", "g?t*", "*o*t", "");
        List<String> names = List.of("getobject", "putobject", "get", "object", "listbucket", "", "gotit");
        for (String p : patterns) {
            for (String n : names) {
                assertThat(Wildcard.matcher(p).test(n)).as(p + " ~ " + n).isEqualTo(Wildcard.matches(p, n));
            }
        }
    }

    @Test
    void agrees_with_a_regular_expression_reference_on_random_patterns() {
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            String pattern = randomString(random, "aB*?", 6);
            // the text may hold * and ? too (an ARN with a literal *): they are characters there, nothing more
            String text = randomString(random, "abAB*?", 7);
            boolean[] wild = new boolean[pattern.length()];
            for (int k = 0; k < wild.length; k++) {
                wild[k] = random.nextInt(4) > 0;
            }
            assertThat(Wildcard.matches(pattern, text)).as(pattern + " ~ " + text)
                    .isEqualTo(reference(pattern, null, false).matcher(text).matches());
            assertThat(Wildcard.matchesIgnoringCase(pattern, text)).as(pattern + " ~i " + text)
                    .isEqualTo(reference(pattern, null, true).matcher(text).matches());
            assertThat(Wildcard.matches(pattern, wild, text, false)).as(pattern + " (some literal) ~ " + text)
                    .isEqualTo(reference(pattern, wild, false).matcher(text).matches());
        }
    }

    @Test
    void a_literal_star_in_the_text_does_not_stop_a_star_of_the_pattern() {
        assertThat(Wildcard.matches("*a", "*ba")).isTrue();
        assertThat(Wildcard.matches("arn:aws:s3:::b/*", "arn:aws:s3:::b/*")).isTrue();
    }

    /** The regular expression IAM's wildcards mean: * is .*, ? is ., where the position is wild; the rest literal. */
    private static Pattern reference(String pattern, boolean[] wild, boolean ignoreCase) {
        StringBuilder re = new StringBuilder();
        for (int k = 0; k < pattern.length(); k++) {
            char c = pattern.charAt(k);
            boolean isWild = wild == null || wild[k];
            re.append(isWild && c == '*' ? ".*" : isWild && c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
    }

    private static String randomString(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
