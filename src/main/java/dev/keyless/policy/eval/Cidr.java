package dev.keyless.policy.eval;

/**
 * An IPv4 or IPv6 address range in CIDR notation, as the IpAddress operators read it ("IP address
 * condition operators ... based on IPv4 and IPv6 CIDR notation", IAM User Guide, "Condition
 * operators"). A bare address is a /32 or /128. Parsed by hand: {@code InetAddress} would resolve
 * host names over the network.
 *
 * <p>IPv4 and IPv6 are separate families: {@code 0.0.0.0/0} holds every IPv4 address and {@code ::/0}
 * every IPv6 address; neither holds the other family.
 */
public record Cidr(boolean v6, long high, long low, int prefix) {

    public static Cidr parse(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        int end = slash < 0 ? s.length() : slash;
        int colon = s.indexOf(':');
        boolean v6 = colon >= 0 && colon < end;
        int max = v6 ? 128 : 32;
        int prefix = max;
        if (slash >= 0) {
            prefix = prefix(s, slash + 1);
            if (prefix < 0 || prefix > max) {
                return null;
            }
        }
        if (!v6) {
            // Request values are mostly plain IPv4 addresses: read them in place, without splitting.
            long v = ipv4(s, 0, end);
            return v < 0 ? null : new Cidr(false, 0, v, prefix);
        }
        long[] bits = parseV6(s.substring(0, end));
        if (bits == null) {
            return null;
        }
        return new Cidr(true, bits[0], bits[1], prefix);
    }

    /** The prefix length written from {@code from} to the end: one to three digits; -1 if it is not that. */
    private static int prefix(String s, int from) {
        int n = s.length() - from;
        if (n < 1 || n > 3) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return slowPrefix(s.substring(from));
            }
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Digits outside ASCII count as digits (Character.isDigit), as they always have here. */
    private static int slowPrefix(String p) {
        return p.chars().allMatch(Character::isDigit) ? Integer.parseInt(p) : -1;
    }

    /**
     * The dotted IPv4 address in {@code s[from, to)} as a number, or -1: four parts, each one to three
     * digits, at most 255. Text with characters outside ASCII goes the general way ({@link #ipv4(String)}).
     */
    private static long ipv4(String s, int from, int to) {
        long v = 0;
        int parts = 0;
        int digits = 0;
        int octet = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return ipv4(s.substring(from, to));
            }
            if (c == '.') {
                if (digits == 0 || octet > 255 || ++parts > 3) {
                    return -1;
                }
                v = (v << 8) | octet;
                digits = 0;
                octet = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                octet = octet * 10 + (c - '0');
                digits++;
            } else {
                return -1;
            }
        }
        if (parts != 3 || digits == 0 || octet > 255) {
            return -1;
        }
        return (v << 8) | octet;
    }

    /** True when {@code address} (its prefix ignored) lies in this range. */
    public boolean contains(Cidr address) {
        if (address.v6 != v6) {
            return false;
        }
        if (!v6) {
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            return (address.low & mask) == (low & mask);
        }
        long maskHigh = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long maskLow = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return (address.high & maskHigh) == (high & maskHigh) && (address.low & maskLow) == (low & maskLow);
    }

    private static long[] v4(String s) {
        long v = ipv4(s);
        return v < 0 ? null : new long[] {0, v};
    }

    private static long ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    private static long[] parseV6(String s) {
        int[] groups = new int[8];
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String head = dbl < 0 ? s : s.substring(0, dbl);
        String tail = dbl < 0 ? "" : s.substring(dbl + 2);
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null) {
            return null;
        }
        int total = h.length + t.length;
        if ((dbl < 0 && total != 8) || (dbl >= 0 && total > 7)) {
            return null;
        }
        System.arraycopy(h, 0, groups, 0, h.length);
        System.arraycopy(t, 0, groups, 8 - t.length, t.length);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = (high << 16) | groups[i];
            low = (low << 16) | groups[i + 4];
        }
        return new long[] {high, low};
    }

    /** The 16-bit groups of one side of "::"; a trailing dotted IPv4 part counts as two groups. */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int n = parts.length;
        boolean v4Tail = parts[n - 1].indexOf('.') >= 0;
        int[] out = new int[v4Tail ? n + 1 : n];
        for (int i = 0; i < (v4Tail ? n - 1 : n); i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int g = 0;
            for (int j = 0; j < p.length(); j++) {
                int d = Character.digit(p.charAt(j), 16);
                if (d < 0) {
                    return null;
                }
                g = (g << 4) | d;
            }
            out[i] = g;
        }
        if (v4Tail) {
            long v = ipv4(parts[n - 1]);
            if (v < 0) {
                return null;
            }
            out[n - 1] = (int) (v >>> 16);
            out[n] = (int) (v & 0xFFFF);
        }
        return out;
    }
}
