package dev.keyless.policy.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A condition key name with variable parts, such as {@code aws:ResourceTag/${TagKey}},
 * {@code s3:ExistingObjectTag/<key>} or {@code token.actions.githubusercontent.com/${SubPath}:sub}.
 * A policy writes the key with the variable filled in ({@code aws:ResourceTag/team}); each variable
 * matches one or more characters. Matching ignores case, as IAM does for condition key names.
 *
 * @param text   the name as AWS spells it
 * @param pieces the literal text around the variables, lower-cased; one piece means no variable
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">Condition element: "Condition key names are not case-sensitive"</a>
 */
public record KeyNameTemplate(String text, List<String> pieces) {

    public KeyNameTemplate {
        pieces = List.copyOf(pieces);
    }

    /**
     * Reads a service key name: {@code ${Name}} and {@code <name>} are variables (the Service
     * Authorization Reference uses both), and so is the word {@code tag-key} after a {@code /} at
     * the end of the name. The reference writes a few service keys with that placeholder word
     * instead of a variable, as the IAM User Guide writes the global tag keys
     * ({@code aws:ResourceTag/tag-key}): Secrets Manager's {@code secretsmanager:ResourceTag/tag-key}
     * ("Filters access by a tag key and value pair") and Systems Manager's
     * {@code ssm:resourceTag/tag-key}. AWS's own policies fill it in, e.g. AWSDataSyncDiscoveryServiceRolePolicy
     * with {@code secretsmanager:ResourceTag/aws:secretsmanager:owningService}.
     *
     * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecretsmanager.html#awssecretsmanager-policy-keys">Condition keys for AWS Secrets Manager</a>
     */
    public static KeyNameTemplate ofServiceKey(String name) {
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            int end = variableEnd(name, i);
            if (end > i) {
                pieces.add(literal.toString().toLowerCase(Locale.ROOT));
                literal.setLength(0);
                i = end;
            } else {
                literal.append(name.charAt(i++));
            }
        }
        pieces.add(literal.toString().toLowerCase(Locale.ROOT));
        return new KeyNameTemplate(name, pieces);
    }

    /**
     * Reads a global key name. The global list writes the variable part in words
     * ({@code aws:PrincipalTag/tag-key}); like the package that ships it, everything after the
     * first {@code /} is the variable.
     */
    public static KeyNameTemplate ofGlobalKey(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return ofServiceKey(name);
        }
        return new KeyNameTemplate(name, List.of(name.substring(0, slash + 1).toLowerCase(Locale.ROOT), ""));
    }

    private static final String TAG_KEY_WORD = "tag-key";

    private static int variableEnd(String s, int i) {
        if (i > 0 && s.charAt(i - 1) == '/' && i + TAG_KEY_WORD.length() == s.length()
                && s.regionMatches(true, i, TAG_KEY_WORD, 0, TAG_KEY_WORD.length())) {
            return s.length();
        }
        if (s.startsWith("${", i)) {
            int close = s.indexOf('}', i);
            return close < 0 ? i : close + 1;
        }
        if (s.charAt(i) == '<') {
            int close = s.indexOf('>', i);
            return close < 0 ? i : close + 1;
        }
        return i;
    }

    public boolean hasVariable() {
        return pieces.size() > 1;
    }

    /** The literal text before the first variable, lower-cased: an index key for lookups. */
    public String literalPrefix() {
        return pieces.get(0);
    }

    /** Whether a key as written in a policy is an instance of this name (case-insensitive). */
    public boolean matches(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (!hasVariable()) {
            return k.equals(pieces.get(0));
        }
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        if (!k.startsWith(first)) {
            return false;
        }
        // Each variable takes at least one character; taking the earliest next literal is optimal.
        int at = first.length();
        for (int p = 1; p < pieces.size() - 1; p++) {
            int found = k.indexOf(pieces.get(p), at + 1);
            if (found < 0) {
                return false;
            }
            at = found + pieces.get(p).length();
        }
        return k.length() - last.length() >= at + 1 && k.endsWith(last);
    }
}
