package dev.keyless.policy.catalog;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The access levels of the Service Authorization Reference. The source data can give two for one
 * action ("Tagging, Write", "Permissions management, Write"), so an action carries a set.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html">Access levels in policy summaries</a>
 */
public enum AccessLevel {
    LIST("List"),
    READ("Read"),
    WRITE("Write"),
    PERMISSIONS_MANAGEMENT("Permissions management"),
    TAGGING("Tagging");

    private final String text;

    AccessLevel(String text) {
        this.text = text;
    }

    /** The wording AWS uses. */
    public String text() {
        return text;
    }

    /** Reads "Read" or "Tagging, Write"; an unknown level is a broken catalog, never a guess. */
    static Set<AccessLevel> parseAll(String text) {
        EnumSet<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
        for (String part : text.split(",")) {
            levels.add(parse(part.trim()));
        }
        return Set.copyOf(levels);
    }

    private static AccessLevel parse(String text) {
        for (AccessLevel level : values()) {
            if (level.text.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        throw new IllegalStateException("IAM catalog: unknown access level '" + text + "'");
    }
}
