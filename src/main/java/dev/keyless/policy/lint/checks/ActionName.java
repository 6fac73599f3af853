package dev.keyless.policy.lint.checks;

import java.util.Optional;

/**
 * An Action or NotAction value split at its first colon: {@code s3:Get*} is service {@code s3},
 * name {@code Get*}. {@code *} alone is every action and has no parts.
 */
record ActionName(String text, String service, String name) {

    static final String ALL = "*";

    /** The parts, or empty for {@code *} and for a value without a colon (no service prefix). */
    static Optional<ActionName> parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new ActionName(text, text.substring(0, colon), text.substring(colon + 1)));
    }

    /**
     * Whether the value names actions of one service: it has a service prefix without wildcards.
     * Values that IAM or the action checks reject are not worth reasoning about further.
     */
    static boolean namesOneService(String text) {
        Optional<ActionName> a = parse(text);
        return a.isPresent() && !a.get().serviceHasWildcard();
    }

    boolean serviceHasWildcard() {
        return hasWildcard(service);
    }

    boolean nameHasWildcard() {
        return hasWildcard(name);
    }

    static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }
}
