package dev.keyless.compliance;

/**
 * Who a resource policy statement grants to, as the reach rule sorts principals: the workload's role
 * (or a session of it), principals of the stack's own account as a whole (a grant to the account root
 * only delegates to identity policies, which the rule reads too), a service held to this account by a
 * source condition, another principal of this account, or anyone else.
 */
record Grantee(Kind kind, String description) {

    enum Kind {
        WORKLOAD_ROLE, OWN_ACCOUNT, SOURCED_SERVICE,
        /** Another role, user or session of this account. */
        OWN_PRINCIPAL,
        /** Anyone outside the account, everyone, or a principal keyless cannot place. */
        OTHER
    }

    /** Whether this grantee lies outside the account (or cannot be placed in it). */
    boolean outside() {
        return kind == Kind.OTHER;
    }

    /** Whether this grantee is someone other than the workload's role (or the account as a whole). */
    boolean notTheWorkload() {
        return kind == Kind.OTHER || kind == Kind.OWN_PRINCIPAL;
    }

    static Grantee other(String description) {
        return new Grantee(Kind.OTHER, description);
    }
}
