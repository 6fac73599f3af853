package dev.keyless.policy.eval;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the matchers, checked on generated inputs with fixed seeds (reproducible failures):
 * wildcard semantics against a regular-expression reference, IAM's case rules, glob overlap against
 * brute force. IP ranges have their own test (policy.value.IpRangeTest).
 */
class MatchingPropertiesTest {

    private static final int RUNS = 5_000;

    @Test
    void wildcards_match_exactly_what_the_equivalent_regular_expression_matches() {
        Random r = new Random(20240417L);
        for (int i = 0; i < RUNS; i++) {
            String pattern = random(r, "ab*?:/", 1 + r.nextInt(7));
            String input = random(r, "ab:/", r.nextInt(9));
            assertThat(Glob.pattern(pattern, false).matches(input))
                    .as("pattern %s on %s", pattern, input)
                    .isEqualTo(regex(pattern).matcher(input).matches());
        }
    }

    @Test
    void a_pattern_made_from_a_string_by_wildcarding_parts_matches_that_string() {
        Random r = new Random(7L);
        for (int i = 0; i < RUNS; i++) {
            String s = random(r, "abcXYZ:/-_0", r.nextInt(20));
            StringBuilder p = new StringBuilder();
            int j = 0;
            while (j < s.length()) {
                int k = r.nextInt(4);
                if (k == 0) {
                    int len = r.nextInt(s.length() - j + 1);
                    p.append('*');
                    j += len;
                } else if (k == 1) {
                    p.append('?');
                    j++;
                } else {
                    p.append(s.charAt(j++));
                }
            }
            assertThat(Glob.pattern(p.toString(), false).matches(s)).as("%s on %s", p, s).isTrue();
        }
    }

    @Test
    void action_patterns_ignore_case_and_resource_patterns_do_not() {
        Random r = new Random(99L);
        for (int i = 0; i < RUNS; i++) {
            String name = random(r, "abcdefGHIJK", 1 + r.nextInt(10));
            String action = "s3:" + name;
            assertThat(Glob.pattern(action.toUpperCase(java.util.Locale.ROOT), true).matches(Glob.lower(action))).isTrue();
            assertThat(Glob.pattern("S3:" + name.toLowerCase(java.util.Locale.ROOT) + "*", true).matches(Glob.lower(action))).isTrue();
            String arn = "arn:aws:s3:::bucket/" + name;
            String flipped = "arn:aws:s3:::bucket/" + flip(name, r);
            Glob[] pattern = ArnPattern.split(Glob.pattern(arn, false));
            assertThat(ArnPattern.matches(pattern, ArnPattern.split(arn))).isTrue();
            assertThat(ArnPattern.matches(pattern, ArnPattern.split(flipped))).as("%s vs %s", arn, flipped).isFalse();
        }
    }

    @Test
    void glob_overlap_agrees_with_brute_force_search_for_a_common_string() {
        Random r = new Random(31337L);
        for (int i = 0; i < 2_000; i++) {
            String a = random(r, "ab*?", 1 + r.nextInt(4));
            String b = random(r, "ab*?", 1 + r.nextInt(4));
            boolean expected = false;
            for (int len = 0; len <= 8 && !expected; len++) {
                for (int bits = 0; bits < (1 << len) && !expected; bits++) {
                    StringBuilder s = new StringBuilder();
                    for (int k = 0; k < len; k++) {
                        s.append((bits >> k & 1) == 0 ? 'a' : 'b');
                    }
                    expected = regex(a).matcher(s).matches() && regex(b).matcher(s).matches();
                }
            }
            assertThat(GlobOverlap.overlaps(Glob.pattern(a, false), Glob.pattern(b, false), false))
                    .as("%s overlaps %s", a, b).isEqualTo(expected);
        }
    }

    private static Pattern regex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            sb.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(sb.toString(), Pattern.DOTALL);
    }

    private static String random(Random r, String alphabet, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String flip(String s, Random r) {
        char[] c = s.toCharArray();
        int i = r.nextInt(c.length);
        c[i] = Character.isUpperCase(c[i]) ? Character.toLowerCase(c[i]) : Character.toUpperCase(c[i]);
        return new String(c);
    }
}
