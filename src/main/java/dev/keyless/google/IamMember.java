package dev.keyless.google;

import java.util.Locale;
import java.util.Optional;

/**
 * A member (principal identifier) of a Google Cloud IAM binding, as IAM spells it ("Principal
 * identifiers", https://cloud.google.com/iam/docs/principal-identifiers): {@code allUsers},
 * {@code allAuthenticatedUsers}, {@code user:}, {@code serviceAccount:}, {@code group:},
 * {@code domain:}, {@code principal://}, {@code principalSet://}, {@code deleted:...} and the
 * convenience values {@code projectOwner:}, {@code projectEditor:}, {@code projectViewer:}.
 */
public record IamMember(String text, Kind kind) {

    /** What kind of principal a member names; the ones marked {@code many} stand for a crowd. */
    public enum Kind {
        ALL_USERS("anyone on the internet", true),
        ALL_AUTHENTICATED_USERS("every Google account and service account in the world", true),
        USER("one Google account", false),
        SERVICE_ACCOUNT("one service account", false),
        GROUP("the members of one Google group", false),
        DOMAIN("every account of a Google Workspace or Cloud Identity domain", true),
        PRINCIPAL("one federated identity", false),
        WHOLE_POOL("every identity of a workload or workforce identity pool", true),
        PRINCIPAL_SET("a set of federated identities selected by group or attribute", false),
        CONVENIENCE("every owner, editor or viewer of a project (a convenience value)", true),
        DELETED("a deleted principal, which IAM restores with its roles if it is undeleted", false),
        UNKNOWN("a member keyless does not recognise", true);

        private final String description;
        private final boolean many;

        Kind(String description, boolean many) {
            this.description = description;
            this.many = many;
        }

        public String description() {
            return description;
        }

        /** True when the member stands for more identities than anyone can review one by one. */
        public boolean many() {
            return many;
        }
    }

    public static IamMember parse(String text) {
        String t = text.trim();
        return new IamMember(t, kind(t));
    }

    private static Kind kind(String t) {
        if (t.equals("allUsers")) {
            return Kind.ALL_USERS;
        }
        if (t.equals("allAuthenticatedUsers")) {
            return Kind.ALL_AUTHENTICATED_USERS;
        }
        int colon = t.indexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            return Kind.UNKNOWN;
        }
        String prefix = t.substring(0, colon);
        String rest = t.substring(colon + 1);
        switch (prefix) {
            case "user":
                return rest.contains("@") ? Kind.USER : Kind.UNKNOWN;
            case "serviceAccount":
                return rest.contains("@") || rest.contains(".svc.id.goog[") ? Kind.SERVICE_ACCOUNT : Kind.UNKNOWN;
            case "group":
                return rest.contains("@") ? Kind.GROUP : Kind.UNKNOWN;
            case "domain":
                return Kind.DOMAIN;
            case "deleted":
                return Kind.DELETED;
            case "projectOwner":
            case "projectEditor":
            case "projectViewer":
                return Kind.CONVENIENCE;
            case "principal":
                return rest.startsWith("//") ? Kind.PRINCIPAL : Kind.UNKNOWN;
            case "principalSet":
                return principalSet(rest);
            default:
                return Kind.UNKNOWN;
        }
    }

    /**
     * {@code principalSet://.../workloadIdentityPools/POOL/*} (and a workforce pool's {@code /*}) is
     * every identity of the pool; {@code .../group/G} and {@code .../attribute.NAME/VALUE} select some.
     */
    private static Kind principalSet(String rest) {
        if (!rest.startsWith("//")) {
            return Kind.UNKNOWN;
        }
        if (rest.endsWith("/*")) {
            return Kind.WHOLE_POOL;
        }
        return rest.contains("/group/") || rest.contains("/attribute.") ? Kind.PRINCIPAL_SET : Kind.UNKNOWN;
    }

    /** Members name the same principal when they are equal ignoring case: IAM keeps emails in lower case. */
    public boolean sameAs(IamMember other) {
        return text.toLowerCase(Locale.ROOT).equals(other.text.toLowerCase(Locale.ROOT));
    }

    /**
     * Why this member can never be a reviewed minter of a service account, or empty if it can: a
     * reviewer can vouch for one identity or one managed group, not for a crowd or a deleted account.
     */
    public Optional<String> whyNotReviewable() {
        if (kind.many() || kind == Kind.DELETED) {
            return Optional.of("'" + text + "' is " + kind.description() + "; a reviewed minter must name one identity,"
                    + " one group or one selected set of federated identities");
        }
        return Optional.empty();
    }

    /** The member with what it stands for, for messages: {@code allUsers (anyone on the internet)}. */
    public String described() {
        return text + " (" + kind.description() + ")";
    }
}
