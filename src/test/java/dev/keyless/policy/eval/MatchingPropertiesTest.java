package dev.keyless.policy.eval;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the matchers, checked on generated inputs with fixed seeds (reproducible failures):
 * wildcard semantics against a regular-expression reference, IAM's case rules, glob overlap against
 * brute force, and CIDR ranges at their edges.
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

    @Test
    void an_ipv4_range_holds_its_addresses_and_nothing_that_differs_inside_the_prefix() {
        Random r = new Random(4L);
        for (int i = 0; i < RUNS; i++) {
            long addr = r.nextLong() & 0xFFFFFFFFL;
            int prefix = r.nextInt(33);
            Cidr range = Cidr.parse(v4(addr) + "/" + prefix);
            assertThat(range.contains(Cidr.parse(v4(addr)))).isTrue();
            if (prefix > 0) {
                int bit = 31 - r.nextInt(prefix);
                assertThat(range.contains(Cidr.parse(v4(addr ^ (1L << bit))))).as("%s/%d bit %d", v4(addr), prefix, bit).isFalse();
            }
            if (prefix < 32) {
                int bit = r.nextInt(32 - prefix);
                assertThat(range.contains(Cidr.parse(v4(addr ^ (1L << bit))))).isTrue();
            }
        }
    }

    @Test
    void all_zero_prefixes_hold_their_whole_family_and_only_it() {
        Random r = new Random(5L);
        Cidr allV4 = Cidr.parse("0.0.0.0/0");
        Cidr allV6 = Cidr.parse("::/0");
        for (int i = 0; i < RUNS; i++) {
            Cidr v4 = Cidr.parse(v4(r.nextLong() & 0xFFFFFFFFL));
            Cidr v6 = Cidr.parse(v6(r.nextLong(), r.nextLong()));
            assertThat(allV4.contains(v4)).isTrue();
            assertThat(allV6.contains(v6)).isTrue();
            assertThat(allV4.contains(v6)).isFalse();
            assertThat(allV6.contains(v4)).isFalse();
        }
        assertThat(Cidr.parse("255.255.255.255/32").contains(Cidr.parse("255.255.255.255"))).isTrue();
        assertThat(Cidr.parse("255.255.255.255/32").contains(Cidr.parse("255.255.255.254"))).isFalse();
    }

    @Test
    void an_ipv6_range_holds_its_addresses_and_nothing_that_differs_inside_the_prefix() {
        Random r = new Random(6L);
        for (int i = 0; i < RUNS; i++) {
            long hi = r.nextLong();
            long lo = r.nextLong();
            int prefix = r.nextInt(129);
            Cidr range = Cidr.parse(v6(hi, lo) + "/" + prefix);
            assertThat(range.contains(Cidr.parse(v6(hi, lo)))).isTrue();
            if (prefix > 0) {
                int bit = 127 - r.nextInt(prefix);
                long h = bit >= 64 ? hi ^ (1L << (bit - 64)) : hi;
                long l = bit < 64 ? lo ^ (1L << bit) : lo;
                assertThat(range.contains(Cidr.parse(v6(h, l)))).as("prefix %d bit %d", prefix, bit).isFalse();
            }
        }
    }

    @Test
    void compressed_and_full_ipv6_forms_are_the_same_address() {
        assertThat(Cidr.parse("2001:DB8:1234:5678::1")).isEqualTo(Cidr.parse("2001:0db8:1234:5678:0:0:0:1"));
        assertThat(Cidr.parse("::ffff:192.0.2.1")).isEqualTo(Cidr.parse("0:0:0:0:0:ffff:c000:201"));
        assertThat(Cidr.parse("1::2::3")).isNull();
        assertThat(Cidr.parse("256.0.0.1")).isNull();
        assertThat(Cidr.parse("10.0.0.0/33")).isNull();
        assertThat(Cidr.parse("example.com")).isNull();
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

    private static String v4(long a) {
        return (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
    }

    private static String v6(long hi, long lo) {
        StringBuilder sb = new StringBuilder();
        for (int i = 3; i >= 0; i--) {
            sb.append(Long.toHexString(hi >>> (16 * i) & 0xFFFF)).append(':');
        }
        for (int i = 3; i >= 0; i--) {
            sb.append(Long.toHexString(lo >>> (16 * i) & 0xFFFF)).append(i == 0 ? "" : ":");
        }
        return sb.toString();
    }
}
