package dev.keyless.compliance.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of long-lived credentials that are recognisable on their own, in text or in decoded bytes.
 * AWS access key ids start with AKIA (long-term), ASIA (temporary), ABIA or ACCA (IAM User Guide,
 * "Unique identifier prefixes"); AIDA and AROA ids name users and roles and are not secrets.
 */
public final class KeyShapes {

    public record Kind(String description, Pattern pattern, boolean showsPrefix) {}

    public static final Kind AWS_KEY_ID = new Kind("an AWS access key id",
            Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])"), true);

    static final List<Kind> KINDS = List.of(
            AWS_KEY_ID,
            new Kind("an AWS secret access key", Pattern.compile(
                    "(?i)aws_?secret_?(?:access_?)?key[\"'\\s]*[:=][\"'\\s]*[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])"), false),
            new Kind("a private key", Pattern.compile(
                    "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-[0-9]+:"), false),
            new Kind("a Google service-account key file", Pattern.compile(
                    "\"private_key(?:_id)?\"\\s*:|\"type\"\\s*:\\s*\"service_account\""), false),
            new Kind("a Google API key", Pattern.compile("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"), false),
            new Kind("a Google OAuth client secret", Pattern.compile("(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])"), false));

    private KeyShapes() {}

    /** Every credential shape found in {@code text}, each described without its value. */
    public static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        for (Kind k : KINDS) {
            Matcher m = k.pattern().matcher(text);
            if (m.find()) {
                out.add(k.description() + " (" + (k.showsPrefix() ? keyId(m.group()) : "not shown") + ")");
            }
        }
        return out;
    }

    /**
     * An access key id is an identifier, not the secret; its prefix (the kind of key) and last four
     * characters, as the AWS console shows them, let its owner find and deactivate it.
     */
    static String keyId(String id) {
        return id.substring(0, 4) + "…" + id.substring(id.length() - 4);
    }

    /** Nothing of a secret, only how long the match is. */
    static String masked(int length) {
        return length + " characters, not shown";
    }

    /**
     * A private key in DER, as a base64 body without its PEM armour decodes: a SEQUENCE that opens with
     * version INTEGER 0 followed by an AlgorithmIdentifier (PKCS #8, RFC 5208) or by the modulus (PKCS #1
     * RSAPrivateKey, RFC 8017), or version 1 followed by the key OCTET STRING (SEC 1 EC key, RFC 5915);
     * or an OpenSSH private key ("openssh-key-v1"). Certificates and public keys open with a SEQUENCE
     * instead, so they are not mistaken for keys.
     */
    public static boolean isDerPrivateKey(byte[] b) {
        if (startsWith(b, "openssh-key-v1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return true;
        }
        if (b.length < 16 || (b[0] & 0xff) != 0x30) {
            return false;
        }
        int i = 1;
        int len = b[i] & 0xff;
        i += (len & 0x80) == 0 ? 1 : 1 + (len & 0x7f);
        if (i + 4 > b.length || b[i] != 0x02 || b[i + 1] != 0x01) {
            return false;
        }
        int version = b[i + 2];
        int next = b[i + 3] & 0xff;
        return (version == 0 && (next == 0x30 || next == 0x02)) || (version == 1 && next == 0x04);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
