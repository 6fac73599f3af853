package dev.keyless.compliance;

import dev.keyless.compliance.WorkloadScopes.Scope;
import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * No workload's role can read another workload's bucket or prefix, asked with the IAM evaluator: a
 * session of each role requests s3:GetObject on a key inside the other workload's scope and s3:ListBucket
 * with that scope's {@code s3:prefix} (with the context AWS always sets, {@link WorkloadRequests}), and
 * both must be denied. Every pair is asked both ways that can matter: the other workloads whose scopes a
 * statement reaching the role (its identity policies, and every bucket policy of the stack) can name, found
 * through {@link WorkloadScopes} rather than by trying every pair, and, always, the workloads whose scopes
 * sit right next to its own (a prefix such as {@code reports} reaches {@code reports-archive/}).
 */
public final class WorkloadIsolationReview {

    static final String PROBE_KEY = "keyless-isolation-probe.csv";
    private static final List<String> READS = List.of("s3:GetObject", "s3:ListBucket");

    private final StackIndex index;
    private final PolicySimulator simulator;

    public WorkloadIsolationReview(StackIndex index, PolicySimulator simulator) {
        this.index = index;
        this.simulator = simulator;
    }

    public List<Violation> noWorkloadReadsAnother() {
        List<Violation> out = new ArrayList<>();
        List<WorkloadUnderReview> workloads = index.workloads();
        if (workloads.size() < 2) {
            return out;
        }
        WorkloadScopes scopes = new WorkloadScopes(workloads);
        List<Statement> bucketGrants = bucketPolicyGrants();
        for (WorkloadUnderReview a : workloads) {
            for (RoleUnderReview role : a.roles()) {
                Set<Scope> candidates = new LinkedHashSet<>(scopes.neighbours(a));
                List<Statement> grants = new ArrayList<>(bucketGrants);
                role.policies().forEach(p -> p.document().flatMap(d -> d.policy())
                        .ifPresent(doc -> doc.statements().stream().filter(Statement::allows).forEach(grants::add)));
                grants.stream().filter(WorkloadIsolationReview::mayRead).forEach(s -> candidates.addAll(reachable(s, scopes)));
                candidates.removeIf(s -> s.workload() == a);
                for (Scope b : candidates) {
                    if (!ask(role, a, b, out)) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The Allow statements of every bucket policy of the stack: any of them may name another workload's role. */
    private List<Statement> bucketPolicyGrants() {
        List<Statement> out = new ArrayList<>();
        index.bucketPolicies().forEach(p -> p.document().flatMap(d -> d.policy())
                .ifPresent(doc -> doc.statements().stream().filter(Statement::allows).forEach(out::add)));
        return out;
    }

    /** Whether its Action (or NotAction) can cover s3:GetObject or s3:ListBucket. */
    private static boolean mayRead(Statement s) {
        if (s.action().isPresent()) {
            return s.action().get().values().stream().anyMatch(v -> READS.stream().anyMatch(a -> Wildcard.matchesIgnoringCase(v.value(), a)));
        }
        return s.notAction().map(n -> !READS.stream().allMatch(a -> n.values().stream()
                .anyMatch(v -> Wildcard.matchesIgnoringCase(v.value(), a)))).orElse(false);
    }

    /** The scopes a statement's resources can name: by literal bucket and literal key start, generously. */
    private static Set<Scope> reachable(Statement s, WorkloadScopes scopes) {
        Set<Scope> out = new LinkedHashSet<>();
        List<String> resources = s.resource().map(r -> r.values().stream().map(Text::value).toList()).orElse(List.of("*"));
        for (String resource : resources) {
            S3Arn arn = S3Arn.of(S3Grants.variablesAsWildcards(resource));
            if (arn.service().filter(p -> !Wildcard.hasWildcard(p)).isEmpty() || Wildcard.hasWildcard(arn.bucket().orElseThrow())) {
                out.addAll(scopes.all());
            } else if (arn.key().isEmpty()) {
                listingPrefixes(s).forEach(p -> out.addAll(scopes.reachable(arn.bucketArn(), p)));
            } else {
                out.addAll(scopes.reachable(arn.bucketArn(), literalStart(arn.key().get())));
            }
        }
        return out;
    }

    /**
     * The literal starts of the {@code s3:prefix} values a listing statement allows: read only from plain
     * positive StringEquals/StringLike; any other condition on it (or none) may allow any prefix.
     */
    private static List<String> listingPrefixes(Statement s) {
        List<String> out = new ArrayList<>();
        for (ConditionClause c : s.conditions()) {
            if (!c.key().value().equalsIgnoreCase("s3:prefix")) {
                continue;
            }
            Optional<ConditionOperator> op = ConditionOperator.parse(c.operator().value());
            boolean plain = op.isPresent() && !op.get().ifExists() && op.get().qualifier() == ConditionOperator.Qualifier.NONE
                    && (op.get().base() == ConditionOperator.Base.StringEquals || op.get().base() == ConditionOperator.Base.StringLike);
            if (!plain) {
                return List.of("");
            }
            c.values().forEach(v -> out.add(literalStart(v.text())));
        }
        return out.isEmpty() ? List.of("") : out;
    }

    /** The text up to the first wildcard or policy variable. */
    private static String literalStart(String pattern) {
        int end = pattern.length();
        for (String stop : new String[] {"*", "?", "${"}) {
            int at = pattern.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return pattern.substring(0, end);
    }

    /** Asks both reads of {@code b}'s scope for a session of {@code role}; false when the role cannot be evaluated. */
    private boolean ask(RoleUnderReview role, WorkloadUnderReview a, Scope b, List<Violation> out) {
        String where = b.prefix().isEmpty() ? "the bucket " + b.bucketArn() : "the prefix \"" + b.prefix() + "\" of " + b.bucketArn();
        try {
            String key = b.bucketArn() + "/" + b.prefix() + PROBE_KEY;
            if (allowed(role, "s3:GetObject", key, Optional.empty())) {
                out.add(Violation.of(role.resource(), role.label(), "(" + a.label() + ") may s3:GetObject " + key + ", in " + where
                        + " that " + b.workload().label() + " reads"));
            }
            Optional<String> listPrefix = b.prefix().isEmpty() ? Optional.empty() : Optional.of(b.prefix());
            if (allowed(role, "s3:ListBucket", b.bucketArn(), listPrefix)) {
                out.add(Violation.of(role.resource(), role.label(), "(" + a.label() + ") may s3:ListBucket " + b.bucketArn()
                        + listPrefix.map(p -> " with s3:prefix \"" + p + "\"").orElse("") + ", listing " + where
                        + " that " + b.workload().label() + " reads"));
            }
            return true;
        } catch (AssertionError | EvaluationException e) {
            out.add(Violation.of(role.resource(), role.label(), "(" + a.label() + ") cannot be evaluated (" + e.getMessage()
                    + "), so keyless cannot tell whether it reads what other workloads read"));
            return false;
        }
    }

    private boolean allowed(RoleUnderReview role, String action, String resource, Optional<String> listPrefix)
            throws EvaluationException {
        EvaluationResult r = simulator.simulateCustomPolicy(
                WorkloadRequests.request(index, role, action, resource, true, listPrefix).toSimulation()).get(0);
        return r.evalDecision().allowed();
    }
}
