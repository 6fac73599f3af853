package dev.keyless.compliance;

import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What each role may do, read from every policy that reaches it: attached customer policies,
 * inline policies and policies attached by ARN. A policy keyless cannot read counts against the role.
 */
public final class RolePermissionReview {

    static final String LIST_BUCKET = "s3:ListBucket";
    static final String GET_OBJECT = "s3:GetObject";

    private final StackIndex index;

    public RolePermissionReview(StackIndex index) {
        this.index = index;
    }

    /** Every policy reaching a role is defined in the stack and is a valid policy. */
    public List<Violation> everyPolicyIsKnown() {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            for (AttachedPolicy p : role.policies()) {
                if (p.document().isEmpty()) {
                    out.add(new Violation(role.label(), p.via() + ": keyless cannot see what it grants"));
                } else if (p.document().get().malformed()) {
                    out.add(new Violation(role.label(), p.via() + " is malformed ("
                            + PolicyText.defects(p.document().get()) + ")"));
                }
            }
        }
        return out;
    }

    /** Allowed actions are exactly ListBucket on the role's workload's bucket and GetObject on objects in it. */
    public List<Violation> onlyReadsTheBucket() {
        List<Violation> out = new ArrayList<>();
        forEachAllow((role, p, s) -> {
            BucketArns buckets = BucketArns.of(index, role);
            for (Text a : s.action().map(l -> l.values()).orElse(List.of())) {
                boolean list = a.value().equalsIgnoreCase(LIST_BUCKET);
                boolean get = a.value().equalsIgnoreCase(GET_OBJECT);
                if (!list && !get) {
                    out.add(new Violation(role.label(), where(p, s) + " allows \"" + a.value()
                            + "\"; only s3:ListBucket and s3:GetObject may be allowed"));
                    continue;
                }
                for (Text r : s.resource().map(l -> l.values()).orElse(List.of())) {
                    boolean ok = list ? buckets.isBucket(r.value()) || buckets.isInsideBucket(r.value())
                            : buckets.isInsideBucket(r.value()) || buckets.isBucket(r.value());
                    if (!ok) {
                        out.add(new Violation(role.label(), where(p, s) + " allows " + a.value() + " on \"" + r.value()
                                + "\", which is not " + index.workloadOf(role).filter(WorkloadUnderReview::listed)
                                .map(w -> "the bucket of " + w.label()).orElse("the stack's bucket") + " " + buckets.all()
                                + " or its objects"));
                    }
                    if (ok && get && !withinPrefixes(role, buckets, r.value())) {
                        out.add(new Violation(role.label(), where(p, s) + " allows " + a.value() + " on \"" + r.value()
                                + "\", beyond the workload's prefixes " + index.workloadOf(role).map(WorkloadUnderReview::prefixes)
                                .orElse(List.of()) + " (a policy variable may stand for any text)"));
                    }
                }
            }
        });
        return out;
    }

    /**
     * No allowed action or resource is {@code *}, a service wildcard, or a wildcard beyond the bucket's
     * objects; and no workload's prefix is empty or a pattern, which would scope nothing.
     */
    public List<Violation> noWildcardGrants() {
        List<Violation> out = new ArrayList<>();
        for (WorkloadUnderReview w : index.workloads()) {
            w.prefixes().stream().filter(prefix -> !WorkloadUnderReview.literalPrefix(prefix))
                    .forEach(prefix -> out.add(new Violation(w.label(), "declares the prefix \"" + prefix + "\", which "
                            + (prefix.isEmpty() ? "is the whole bucket" : "IAM reads as a pattern (*, ? or a policy variable)")
                            + ": a prefix must be a literal, non-empty start of a key")));
        }
        forEachAllow((role, p, s) -> {
            BucketArns buckets = BucketArns.of(index, role);
            s.action().ifPresent(l -> l.values().stream().filter(a -> Wildcard.hasWildcard(a.value()))
                    .forEach(a -> out.add(new Violation(role.label(), where(p, s) + " allows the wildcard action \""
                            + a.value() + "\""))));
            s.resource().ifPresent(l -> l.values().stream()
                    .filter(r -> Wildcard.hasWildcard(r.value()) && !buckets.isInsideBucket(r.value()))
                    .forEach(r -> out.add(new Violation(role.label(), where(p, s) + " allows on the wildcard resource \""
                            + r.value() + "\""))));
        });
        return out;
    }

    /** No Allow statement uses NotAction or NotResource, which grant everything not listed. */
    public List<Violation> noInvertedGrants() {
        List<Violation> out = new ArrayList<>();
        forEachAllow((role, p, s) -> {
            s.notAction().ifPresent(n -> out.add(new Violation(role.label(), where(p, s)
                    + " combines Allow with NotAction, granting every action not listed")));
            s.notResource().ifPresent(n -> out.add(new Violation(role.label(), where(p, s)
                    + " combines Allow with NotResource, granting on every resource not listed")));
        });
        return out;
    }

    /** The workload can do its job: list the bucket and read all its objects, or those under its prefixes. */
    public List<Violation> readAccessIsGranted() {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            List<String> prefixes = index.workloadOf(role).map(WorkloadUnderReview::prefixes).orElse(List.of());
            for (String bucket : BucketArns.of(index, role).all()) {
                if (!grants(role, LIST_BUCKET, Set.of(bucket))) {
                    out.add(new Violation(role.label(), "is not allowed s3:ListBucket on " + bucket));
                }
                for (String objects : prefixes.isEmpty() ? List.of(bucket + "/*")
                        : prefixes.stream().map(prefix -> bucket + "/" + prefix + "*").toList()) {
                    if (!grants(role, GET_OBJECT, Set.of(objects))) {
                        out.add(new Violation(role.label(), "is not allowed s3:GetObject on " + objects));
                    }
                }
            }
        }
        return out;
    }

    private boolean grants(RoleUnderReview role, String action, Set<String> resources) {
        List<Boolean> found = new ArrayList<>();
        forEachAllow(List.of(role), (r, p, s) -> {
            boolean actionOk = s.action().stream().flatMap(l -> l.values().stream())
                    .anyMatch(a -> Wildcard.matchesIgnoringCase(a.value(), action));
            boolean resourceOk = s.resource().stream().flatMap(l -> l.values().stream())
                    .anyMatch(res -> resources.stream().anyMatch(want -> Wildcard.matches(res.value(), want)));
            if (actionOk && resourceOk) {
                found.add(true);
            }
        });
        return !found.isEmpty();
    }

    /**
     * For a workload scoped to prefixes, an object resource must start, literally, with the bucket and one
     * of them: a wildcard or a policy variable before that point could name another workload's keys (a
     * variable's value can change with tags set outside the stack).
     */
    private boolean withinPrefixes(RoleUnderReview role, BucketArns buckets, String resource) {
        List<String> prefixes = index.workloadOf(role).map(WorkloadUnderReview::prefixes).orElse(List.of());
        if (prefixes.isEmpty()) {
            return true;
        }
        String literal = S3Grants.variablesAsWildcards(resource);
        int cut = literal.length();
        for (char c : new char[] {'*', '?'}) {
            int at = literal.indexOf(c);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        String start = literal.substring(0, cut);
        return buckets.all().stream().anyMatch(b -> prefixes.stream().anyMatch(prefix -> start.startsWith(b + "/" + prefix)));
    }

    /** A rule applied to one Allow statement of one policy of one role. */
    private interface StatementRule {
        void accept(RoleUnderReview role, AttachedPolicy policy, Statement statement);
    }

    private void forEachAllow(StatementRule rule) {
        forEachAllow(index.roles(), rule);
    }

    private static void forEachAllow(List<RoleUnderReview> roles, StatementRule rule) {
        for (RoleUnderReview role : roles) {
            for (AttachedPolicy p : role.policies()) {
                p.document().flatMap(d -> d.policy()).ifPresent(doc -> doc.statements().stream()
                        .filter(Statement::allows).forEach(s -> rule.accept(role, p, s)));
            }
        }
    }

    private static String where(AttachedPolicy p, Statement s) {
        return p.via() + ", statement " + s.index() + s.sid().filter(t -> !t.value().isEmpty())
                .map(t -> " (Sid \"" + t.value() + "\")").orElse("");
    }
}
