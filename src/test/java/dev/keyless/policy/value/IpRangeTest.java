package dev.keyless.policy.value;

import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one IP range parser of the validator and the evaluator, against a reference: RFC 3986's
 * IPv6address grammar (which spells out RFC 4291's text forms) and the dotted quad, as a regular
 * expression, for which strings are ranges at all; the JDK's own IPv6 literal parser for what an
 * IPv6 address is. Inputs are generated with fixed seeds: valid forms made from random bits, then
 * mutated with the characters that made the two former parsers disagree.
 */
class IpRangeTest {

    private static final int RUNS = 20_000;
    private static final String H16 = "[0-9A-Fa-f]{1,4}";
    /** RFC 3986's dec-octet, with leading zeros allowed up to three digits (as IAM's examples never rule out). */
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|0[0-9][0-9]|[0-9][0-9]|[0-9])";
    private static final String V4 = OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET;
    private static final String LS32 = "(?:" + H16 + ":" + H16 + "|" + V4 + ")";
    private static final String V6 = "(?:"
            + "(?:" + H16 + ":){6}" + LS32
            + "|::(?:" + H16 + ":){5}" + LS32
            + "|(?:" + H16 + ")?::(?:" + H16 + ":){4}" + LS32
            + "|(?:(?:" + H16 + ":){0,1}" + H16 + ")?::(?:" + H16 + ":){3}" + LS32
            + "|(?:(?:" + H16 + ":){0,2}" + H16 + ")?::(?:" + H16 + ":){2}" + LS32
            + "|(?:(?:" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + LS32
            + "|(?:(?:" + H16 + ":){0,4}" + H16 + ")?::" + LS32
            + "|(?:(?:" + H16 + ":){0,5}" + H16 + ")?::" + H16
            + "|(?:(?:" + H16 + ":){0,6}" + H16 + ")?::)";
    private static final Pattern REFERENCE = Pattern.compile("(" + V4 + "|" + V6 + ")(?:/([0-9]{1,3}))?");
    /** What the validator and the evaluator used to read differently: whitespace, digits outside ASCII, zones. */
    private static final String MUTATIONS = "0123456789abcdefABCDEF:./ \t%\u0663\uFF11\u00A0gx";

    @Test
    void a_string_is_a_range_exactly_when_the_rfc_grammar_says_so_and_reads_as_the_jdk_reads_it() throws Exception {
        Random r = new Random(20261203L);
        int valid = 0;
        for (int i = 0; i < RUNS; i++) {
            String s = i % 2 == 0 ? generate(r) : mutate(r, generate(r));
            Matcher m = REFERENCE.matcher(s);
            boolean grammar = m.matches() && (m.group(2) == null
                    || Integer.parseInt(m.group(2)) <= (m.group(1).indexOf(':') >= 0 ? 128 : 32));
            var parsed = IpRange.parse(s);
            assertThat(parsed.isPresent()).as("'%s'", s).isEqualTo(grammar);
            if (parsed.isPresent()) {
                valid++;
                assertThat(bits(parsed.get())).as("'%s'", s).isEqualTo(reference(m.group(1)));
                assertThat(parsed.get().written()).isEqualTo(m.group(2) != null);
            }
        }
        assertThat(valid).as("both valid and invalid strings were tried").isBetween(RUNS / 3, RUNS - RUNS / 10);
    }

    @Test
    void the_forms_the_two_former_parsers_disagreed_on_have_one_answer() {
        assertThat(IpRange.parse("::ffff:192.0.2.1")).isEqualTo(IpRange.parse("0:0:0:0:0:ffff:c000:201"));
        assertThat(IpRange.parse("2001:db8::192.0.2.33/120")).isPresent();
        assertThat(IpRange.parse(" 10.0.0.1")).isEmpty();
        assertThat(IpRange.parse("10.0.0.1 ")).isEmpty();
        assertThat(IpRange.parse("10.0.0.0/ 8")).isEmpty();
        assertThat(IpRange.parse("\u0661\u0660.0.0.1")).as("Arabic-Indic digits").isEmpty();
        assertThat(IpRange.parse("10.0.0.0/\uFF18")).as("a fullwidth digit").isEmpty();
        assertThat(IpRange.parse("fe80::1%eth0")).isEmpty();
        assertThat(IpRange.parse("1::2::3")).isEmpty();
        assertThat(IpRange.parse("256.0.0.1")).isEmpty();
        assertThat(IpRange.parse("10.0.0.0/33")).isEmpty();
        assertThat(IpRange.parse("example.com")).isEmpty();
    }

    @Test
    void a_range_with_host_bits_suggests_its_network() {
        assertThat(IpRange.parse("2001:db8::1/32").orElseThrow().networkText()).isEqualTo("2001:db8:0:0:0:0:0:0/32");
        assertThat(IpRange.parse("10.1.2.3/8").orElseThrow().networkText()).isEqualTo("10.0.0.0/8");
        assertThat(IpRange.parse("10.1.2.3/8").orElseThrow().hostBitsSet()).isTrue();
        assertThat(IpRange.parse("10.0.0.0/8").orElseThrow().hostBitsSet()).isFalse();
    }

    @Test
    void an_ipv4_range_holds_its_addresses_and_nothing_that_differs_inside_the_prefix() {
        Random r = new Random(4L);
        for (int i = 0; i < RUNS; i++) {
            long addr = r.nextLong() & 0xFFFFFFFFL;
            int prefix = r.nextInt(33);
            IpRange range = ip(v4(addr) + "/" + prefix);
            assertThat(range.containsAddressOf(ip(v4(addr)))).isTrue();
            assertThat(range.contains(ip(v4(addr)))).isTrue();
            if (prefix > 0) {
                int bit = 31 - r.nextInt(prefix);
                assertThat(range.containsAddressOf(ip(v4(addr ^ (1L << bit))))).as("%s/%d bit %d", v4(addr), prefix, bit).isFalse();
            }
            if (prefix < 32) {
                int bit = r.nextInt(32 - prefix);
                assertThat(range.containsAddressOf(ip(v4(addr ^ (1L << bit))))).isTrue();
                assertThat(ip(v4(addr) + "/" + (prefix + 1)).contains(range)).as("a narrower range holds no wider one").isFalse();
            }
        }
    }

    @Test
    void an_ipv6_range_holds_its_addresses_and_nothing_that_differs_inside_the_prefix() {
        Random r = new Random(6L);
        for (int i = 0; i < RUNS; i++) {
            long hi = r.nextLong();
            long lo = r.nextLong();
            int prefix = r.nextInt(129);
            IpRange range = ip(v6(hi, lo) + "/" + prefix);
            assertThat(range.containsAddressOf(ip(v6(hi, lo)))).isTrue();
            if (prefix > 0) {
                int bit = 127 - r.nextInt(prefix);
                long h = bit >= 64 ? hi ^ (1L << (bit - 64)) : hi;
                long l = bit < 64 ? lo ^ (1L << bit) : lo;
                assertThat(range.containsAddressOf(ip(v6(h, l)))).as("prefix %d bit %d", prefix, bit).isFalse();
            }
        }
    }

    @Test
    void all_zero_prefixes_hold_their_whole_family_and_only_it() {
        Random r = new Random(5L);
        IpRange allV4 = ip("0.0.0.0/0");
        IpRange allV6 = ip("::/0");
        for (int i = 0; i < RUNS; i++) {
            IpRange v4 = ip(v4(r.nextLong() & 0xFFFFFFFFL));
            IpRange v6 = ip(v6(r.nextLong(), r.nextLong()));
            assertThat(allV4.containsAddressOf(v4)).isTrue();
            assertThat(allV6.containsAddressOf(v6)).isTrue();
            assertThat(allV4.containsAddressOf(v6)).isFalse();
            assertThat(allV6.containsAddressOf(v4)).isFalse();
        }
    }

    private static IpRange ip(String s) {
        return IpRange.parse(s).orElseThrow(() -> new AssertionError("not a range: " + s));
    }

    /** A valid range text from random bits: a dotted quad, or IPv6 full, compressed or with an IPv4 tail. */
    private static String generate(Random r) {
        String address;
        int max;
        if (r.nextBoolean()) {
            address = v4(r.nextLong() & 0xFFFFFFFFL);
            max = 32;
        } else {
            long hi = r.nextInt(3) == 0 ? 0 : r.nextLong();
            long lo = r.nextInt(3) == 0 ? r.nextLong() & 0xFFFFFFFFL : r.nextLong();
            address = switch (r.nextInt(3)) {
                case 0 -> v6(hi, lo);
                case 1 -> compressed(hi, lo);
                default -> compressed(hi, lo & 0xFFFFFFFF00000000L).replaceFirst(":0$|::$", lo >>> 32 == 0 ? "::" : ":")
                        + v4(lo & 0xFFFFFFFFL);
            };
            if (r.nextBoolean()) {
                address = address.toUpperCase(java.util.Locale.ROOT);
            }
            max = 128;
        }
        return r.nextBoolean() ? address : address + "/" + r.nextInt(max + 1);
    }

    private static String mutate(Random r, String s) {
        return Mutations.mutate(r, s, MUTATIONS, 2);
    }

    /** The address bits as the reference reads them: arithmetic for a dotted quad, the JDK for IPv6. */
    private static String reference(String address) throws Exception {
        if (address.indexOf(':') < 0) {
            long v = 0;
            for (String part : address.split("\\.")) {
                v = (v << 8) | Integer.parseInt(part);
            }
            return "4:" + Long.toHexString(v);
        }
        // With a colon the JDK parses an IPv6 literal and never looks a name up.
        byte[] b = InetAddress.getByName(address).getAddress();
        if (InetAddress.getByName(address) instanceof Inet4Address) {
            // the JDK turns an IPv4-mapped address (::ffff:a.b.c.d) into IPv4; IAM keeps it IPv6
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xFF;
            mapped[11] = (byte) 0xFF;
            System.arraycopy(b, 0, mapped, 12, 4);
            b = mapped;
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xFF);
            lo = (lo << 8) | (b[i + 8] & 0xFF);
        }
        return "6:" + Long.toHexString(hi) + ":" + Long.toHexString(lo);
    }

    private static String bits(IpRange r) {
        return r.v6() ? "6:" + Long.toHexString(r.high()) + ":" + Long.toHexString(r.low()) : "4:" + Long.toHexString(r.low());
    }

    static String v4(long a) {
        return (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
    }

    static String v6(long hi, long lo) {
        StringBuilder sb = new StringBuilder();
        for (int i = 3; i >= 0; i--) {
            sb.append(Long.toHexString(hi >>> (16 * i) & 0xFFFF)).append(':');
        }
        for (int i = 3; i >= 0; i--) {
            sb.append(Long.toHexString(lo >>> (16 * i) & 0xFFFF)).append(i == 0 ? "" : ":");
        }
        return sb.toString();
    }

    /** RFC 5952's shortest form: the longest run of two or more zero groups becomes "::". */
    private static String compressed(long hi, long lo) {
        String[] g = v6(hi, lo).split(":");
        int best = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && g[j].equals("0")) {
                j++;
            }
            if (j - i > bestLen) {
                best = i;
                bestLen = j - i;
            }
        }
        if (best < 0) {
            return String.join(":", g);
        }
        return String.join(":", java.util.Arrays.copyOfRange(g, 0, best)) + "::"
                + String.join(":", java.util.Arrays.copyOfRange(g, best + bestLen, 8));
    }
}
