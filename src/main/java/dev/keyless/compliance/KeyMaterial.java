package dev.keyless.compliance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of long-lived secrets that must never sit in a resource's properties. AWS access key ids
 * start with AKIA (long-term) or ASIA (temporary), ABIA or ACCA (AWS IAM User Guide, "Unique
 * identifier prefixes"); AIDA/AROA ids name users and roles and are not secrets.
 */
final class KeyMaterial {

    record Kind(String description, Pattern pattern) {}

    static final List<Kind> KINDS = List.of(
            new Kind("an AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\\b")),
            new Kind("an AWS secret access key", Pattern.compile(
                    "(?i)aws_?secret_?access_?key[\"'\\s]*[:=][\"'\\s]*[A-Za-z0-9/+=]{40}")),
            new Kind("a private key", Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")),
            new Kind("a Google service-account key file", Pattern.compile(
                    "\"private_key(?:_id)?\"\\s*:|\"type\"\\s*:\\s*\"service_account\"")));

    private KeyMaterial() {}

    /** The first secret shape found in {@code text}, described with its value masked. */
    static Optional<String> find(String text) {
        for (Kind k : KINDS) {
            Matcher m = k.pattern().matcher(text);
            if (m.find()) {
                return Optional.of(k.description() + " (" + mask(m.group()) + ")");
            }
        }
        return Optional.empty();
    }

    /** Enough of the match to find it, not enough to use it. */
    static String mask(String s) {
        if (s.length() <= 12) {
            return s.charAt(0) + "…";
        }
        return s.substring(0, 4) + "…" + s.substring(s.length() - 4);
    }
}
