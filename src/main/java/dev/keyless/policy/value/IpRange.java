package dev.keyless.policy.value;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address range as the IpAddress condition operators read it: "based on IPv4 and IPv6
 * CIDR notation" (IAM User Guide, Condition operators), a bare address being a /32 or /128. The forms
 * are RFC 4632's dotted quad (each part one to three ASCII digits, at most 255) and RFC 4291 §2.2's
 * IPv6 text (groups of one to four hex digits, one {@code ::}, an IPv4 tail), then an optional
 * {@code /prefix} of one to three ASCII digits. Nothing else: no whitespace, no digits outside ASCII,
 * no zone, no name lookup (unlike {@code InetAddress}). IPv4 and IPv6 are separate families:
 * {@code 0.0.0.0/0} holds no IPv6 address and {@code ::/0} no IPv4 one.
 *
 * @param v6      the family
 * @param high    the first 64 bits of an IPv6 address (0 for IPv4)
 * @param low     the last 64 bits of an IPv6 address, or the 32 bits of an IPv4 one
 * @param prefix  the prefix length; the full length when the text had none
 * @param written whether the text had an explicit {@code /prefix}
 */
public record IpRange(boolean v6, long high, long low, int prefix, boolean written) {

    /** The range {@code text} writes, or empty when it is not one of the forms above. */
    public static Optional<IpRange> parse(String text) {
        return Optional.ofNullable(parseOrNull(text));
    }

    /** As {@link #parse}, without the Optional: the evaluator reads an address per request. */
    public static IpRange parseOrNull(String text) {
        int slash = text.indexOf('/');
        int end = slash < 0 ? text.length() : slash;
        boolean v6 = text.lastIndexOf(':', end - 1) >= 0;
        int max = v6 ? 128 : 32;
        int prefix = max;
        if (slash >= 0) {
            prefix = digits(text, slash + 1, text.length(), 3);
            if (prefix < 0 || prefix > max) {
                return null;
            }
        }
        if (!v6) {
            long v = ipv4(text, 0, end);
            return v < 0 ? null : new IpRange(false, 0, v, prefix, slash >= 0);
        }
        long[] bits = ipv6(text, end);
        return bits == null ? null : new IpRange(true, bits[0], bits[1], prefix, slash >= 0);
    }

    /** Whether every address of {@code other} lies in this range (same family only). */
    public boolean contains(IpRange other) {
        return other.prefix >= prefix && containsAddressOf(other);
    }

    /** Whether the address {@code value} starts with lies in this range: a request's address, its prefix ignored. */
    public boolean containsAddressOf(IpRange value) {
        if (value.v6 != v6) {
            return false;
        }
        if (!v6) {
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            return (value.low & mask) == (low & mask);
        }
        long maskHigh = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long maskLow = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return (value.high & maskHigh) == (high & maskHigh) && (value.low & maskLow) == (low & maskLow);
    }

    /** Whether the address has bits set past the prefix ({@code 10.0.0.1/8}): AWS suggests the network instead. */
    public boolean hostBitsSet() {
        return network().high != high || network().low != low;
    }

    /** The same range with the host bits cleared, written as AWS's IMPROVE_IP_RANGE finding suggests. */
    public String networkText() {
        IpRange n = network();
        StringBuilder sb = new StringBuilder();
        if (!v6) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                sb.append(shift == 24 ? "" : ".").append((n.low >>> shift) & 0xFF);
            }
        } else {
            for (int i = 0; i < 8; i++) {
                long word = i < 4 ? n.high : n.low;
                sb.append(i == 0 ? "" : ":").append(Long.toHexString((word >>> (48 - 16 * (i % 4))) & 0xFFFF));
            }
        }
        return sb.append('/').append(prefix).toString();
    }

    private IpRange network() {
        if (!v6) {
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            return new IpRange(false, 0, low & mask, prefix, written);
        }
        long maskHigh = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long maskLow = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return new IpRange(true, high & maskHigh, low & maskLow, prefix, written);
    }

    /** The decimal number in {@code s[from, to)}: one to {@code most} ASCII digits; -1 if it is not that. */
    private static int digits(String s, int from, int to, int most) {
        if (to - from < 1 || to - from > most) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The dotted quad in {@code s[from, to)} as a number, or -1. */
    private static long ipv4(String s, int from, int to) {
        long v = 0;
        int start = from;
        for (int part = 0; part < 4; part++) {
            int dot = part < 3 ? s.indexOf('.', start) : to;
            if (dot < 0 || dot > to) {
                return -1;
            }
            int octet = digits(s, start, dot, 3);
            if (octet < 0 || octet > 255) {
                return -1;
            }
            v = (v << 8) | octet;
            start = dot + 1;
        }
        return v;
    }

    /** The 128 bits of the IPv6 text in {@code s[0, end)}, or null. */
    private static long[] ipv6(String s, int end) {
        int gap = s.indexOf("::");
        if (gap >= end) {
            gap = -1;
        }
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0 && s.indexOf("::", gap + 1) < end) {
            return null;
        }
        int[] head = groups(s, 0, gap < 0 ? end : gap, gap < 0);
        int[] tail = gap < 0 ? new int[0] : groups(s, gap + 2, end, true);
        if (head == null || tail == null) {
            return null;
        }
        int total = head.length + tail.length;
        if ((gap < 0 && total != 8) || (gap >= 0 && total > 7)) {
            return null;
        }
        int[] g = new int[8];
        System.arraycopy(head, 0, g, 0, head.length);
        System.arraycopy(tail, 0, g, 8 - tail.length, tail.length);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = (high << 16) | g[i];
            low = (low << 16) | g[i + 4];
        }
        return new long[] {high, low};
    }

    /**
     * The 16-bit groups of {@code s[from, to)}, colon-separated; when {@code last} (the text's end), a
     * final dotted IPv4 part counts as two groups. Empty text has no groups; an empty group is invalid.
     */
    private static int[] groups(String s, int from, int to, boolean last) {
        if (from == to) {
            return new int[0];
        }
        int count = 1;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ':') {
                count++;
            }
        }
        int lastStart = s.lastIndexOf(':', to - 1) + 1;
        boolean v4Tail = last && s.indexOf('.', Math.max(from, lastStart)) >= 0 && s.indexOf('.', Math.max(from, lastStart)) < to;
        if (count > 8) {
            return null;
        }
        int[] out = new int[v4Tail ? count + 1 : count];
        int start = from;
        for (int i = 0; i < count; i++) {
            int colon = i < count - 1 ? s.indexOf(':', start) : to;
            if (v4Tail && i == count - 1) {
                long v = ipv4(s, start, to);
                if (v < 0) {
                    return null;
                }
                out[i] = (int) (v >>> 16);
                out[i + 1] = (int) (v & 0xFFFF);
                return out;
            }
            int n = colon - start;
            if (n < 1 || n > 4) {
                return null;
            }
            int group = 0;
            for (int j = start; j < colon; j++) {
                int d = hex(s.charAt(j));
                if (d < 0) {
                    return null;
                }
                group = (group << 4) | d;
            }
            out[i] = group;
            start = colon + 1;
        }
        return out;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
