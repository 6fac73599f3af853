package dev.keyless.policy.lint.checks;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address with an optional prefix length, parsed without any name lookup (unlike
 * {@code InetAddress.getByName}, which resolves host names). Used to judge IpAddress values.
 *
 * @param address the address bytes (4 or 16)
 * @param prefix  the prefix length; the full length when the value had none
 * @param written whether the value had an explicit {@code /prefix}
 */
record IpRange(byte[] address, int prefix, boolean written) {

    static Optional<IpRange> parse(String text) {
        String addr = text;
        int prefix = -1;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            addr = text.substring(0, slash);
            String p = text.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(p);
        }
        Optional<byte[]> bytes = addr.indexOf(':') >= 0 ? v6(addr) : v4(addr);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        int max = bytes.get().length * 8;
        if (prefix > max) {
            return Optional.empty();
        }
        return Optional.of(new IpRange(bytes.get(), prefix < 0 ? max : prefix, prefix >= 0));
    }

    /** The same range with the host bits cleared, written as AWS's finding suggests. */
    String network() {
        byte[] b = address.clone();
        for (int bit = prefix; bit < b.length * 8; bit++) {
            b[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return format(b) + "/" + prefix;
    }

    /** Whether every address of {@code other} is in this range (same address family only). */
    boolean contains(IpRange other) {
        if (other.address.length != address.length || other.prefix < prefix) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (other.address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    boolean hostBitsSet() {
        for (int bit = prefix; bit < address.length * 8; bit++) {
            if ((address[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<byte[]> v4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return Optional.empty();
            }
            b[i] = (byte) v;
        }
        return Optional.of(b);
    }

    private static Optional<byte[]> v6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null || (gap < 0 && h.length != 8) || (gap >= 0 && h.length + t.length > 7)) {
            return Optional.empty();
        }
        byte[] b = new byte[16];
        for (int i = 0; i < h.length; i++) {
            b[2 * i] = (byte) (h[i] >>> 8);
            b[2 * i + 1] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            int at = 8 - t.length + i;
            b[2 * at] = (byte) (t[i] >>> 8);
            b[2 * at + 1] = (byte) t[i];
        }
        return Optional.of(b);
    }

    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int[] g = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9A-Fa-f]{1,4}")) {
                return null;
            }
            g[i] = Integer.parseInt(parts[i], 16);
        }
        return g;
    }

    private static String format(byte[] b) {
        StringBuilder sb = new StringBuilder();
        if (b.length == 4) {
            for (int i = 0; i < 4; i++) {
                sb.append(i == 0 ? "" : ".").append(b[i] & 0xff);
            }
            return sb.toString();
        }
        for (int i = 0; i < 8; i++) {
            sb.append(i == 0 ? "" : ":").append(Integer.toHexString(((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff)));
        }
        return sb.toString();
    }
}
