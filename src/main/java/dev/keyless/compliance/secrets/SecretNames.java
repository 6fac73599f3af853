package dev.keyless.compliance.secrets;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A value is a secret when it sits under a name that says so ({@code *SECRET*}, {@code *PASSWORD*},
 * {@code *_KEY}, {@code *_TOKEN}, {@code aws_secret_access_key}, ...) and looks like one: a long,
 * varied run of characters with no spaces, that is not a reference to where a secret is kept
 * (a path, a URL, an ARN, a Secret Manager name, a {@code ${...}} placeholder).
 */
public final class SecretNames {

    private static final Pattern SECRET_NAME = Pattern.compile(
            "secret|passw(?:or)?d|passphrase|credential|private_?key|(?:^|_)pwd$|(?:^|_)key$|apikey$|token$|(?:^|_)auth$");
    private static final Pattern NOT_SECRET_NAME = Pattern.compile("public|_id$|_name$|_arn$|_file$|_path$|_url$|_version$");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)^(?:\\$|/|~|\\./|<|%|arn:|projects/|organizations/|sm://|gcp:|secretmanager|[a-z][a-z0-9+.-]*://).*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]+");

    static final int MIN_LENGTH = 16;
    static final int MAX_LENGTH = 4096;

    private SecretNames() {}

    /** {@code AWS_SECRET_ACCESS_KEY}, {@code aws-secret-key}, {@code dbPassword}: names that announce a secret. */
    public static boolean isSecretName(String name) {
        String n = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return SECRET_NAME.matcher(n).find() && !NOT_SECRET_NAME.matcher(n).find();
    }

    /** A value that could be a key or password rather than a reference, a flag or prose. */
    public static boolean looksSecret(String raw) {
        String v = unquote(raw.trim());
        if (v.length() < MIN_LENGTH || v.length() > MAX_LENGTH || REFERENCE.matcher(v).matches()
                || EMAIL.matcher(v).matches() || v.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int classes = (v.chars().anyMatch(Character::isUpperCase) ? 1 : 0) + (v.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (v.chars().anyMatch(Character::isDigit) ? 1 : 0);
        return classes >= 2 && entropy(v) >= 3.0;
    }

    static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String v) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int c : counts) {
            h -= term(c, v.length());
        }
        return h - term(other, v.length());
    }

    private static double term(int count, int total) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / total;
        return p * Math.log(p) / Math.log(2);
    }
}
