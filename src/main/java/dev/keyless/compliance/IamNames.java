package dev.keyless.compliance;

import java.util.Locale;
import java.util.Optional;

/**
 * How IAM resolves a reference to a role, user, group or policy: by name, by ARN or by the provider id,
 * and always ignoring case. "Names of users, groups, roles, policies ... are not distinguished by case.
 * For example, you cannot create two roles named both 'MYROLE' and 'myrole'" (IAM User Guide, "IAM
 * identifiers", Friendly names and paths), so {@code role: "S3-Reader"} attaches to {@code s3-reader}.
 */
final class IamNames {

    private IamNames() {}

    /**
     * The lower-case friendly name a reference names: the last path segment of an IAM ARN
     * ({@code arn:aws:iam::123456789012:role/app/s3-reader} gives {@code s3-reader}), else the reference.
     */
    static String key(String reference) {
        String r = reference.trim();
        if (r.startsWith("arn:")) {
            String[] parts = r.split(":", 6);
            if (parts.length == 6) {
                r = parts[5].substring(parts[5].lastIndexOf('/') + 1);
            }
        }
        return r.toLowerCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The ARN IAM gives a principal of this account: {@code arn:aws:iam::ACCOUNT:role/NAME}. */
    static String arn(String account, String type, String name) {
        return "arn:aws:iam::" + account + ":" + type + "/" + name;
    }

    /** The account of an ARN, when it has a 12-digit one. */
    static Optional<String> account(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length == 6 && parts[0].equals("arn") && parts[4].matches("\\d{12}")) {
            return Optional.of(parts[4]);
        }
        return Optional.empty();
    }
}
