package dev.keyless.report.graph;

import dev.keyless.compliance.AttachedPolicy;
import dev.keyless.compliance.BucketPolicy;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.compliance.WorkloadUnderReview;
import dev.keyless.gate.DocumentKind;
import dev.keyless.gate.PolicyDocument;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.rulebook.RoleDecision;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the access graph of a stack. Policies are named by the stack resource that holds them (the
 * same names the findings and exceptions use); actions and resources are the values the Allow
 * statements write; the checked requests are the rule book's own decisions ({@link RoleDecision}: "What
 * AWS decides for the role"), drawn dashed when denied and red when allowed against the rule. A stack with a workloads list is
 * drawn one workload after the other, each in a group of its own (its account, token, trust, role,
 * policies, actions and bucket), so that many workloads stay readable; at most {@value #MAX_GROUPS}.
 */
public final class AccessGraphBuilder {

    private static final String SERVICE_ACCOUNT = "gcp:serviceaccount/account:Account";
    private static final String TOKEN = "token";
    /** Beyond this many workloads the graph draws the first ones and says how many it left out. */
    static final int MAX_GROUPS = 100;

    private final StackIndex index;
    private final Map<String, PolicyDocument> documents = new HashMap<>();
    /** The rule book's decisions by role (logical name), in the order it asked them. */
    private final Map<String, List<RoleDecision>> decisions = new HashMap<>();
    private final AccessGraph graph = new AccessGraph();
    private final ResourceNodes resources;
    /** The workload being drawn; node ids of per-workload things carry it. */
    private String group = "";

    private AccessGraphBuilder(StackIndex index, List<PolicyDocument> documents, List<RoleDecision> decisions) {
        this.index = index;
        documents.forEach(d -> d.document().ifPresent(p -> this.documents.putIfAbsent(d.kind() + "\n" + p.text(), d)));
        decisions.forEach(d -> this.decisions.computeIfAbsent(d.role(), r -> new ArrayList<>()).add(d));
        this.resources = new ResourceNodes(index, graph);
    }

    public static AccessGraph build(StackIndex index, List<PolicyDocument> documents, List<RoleDecision> decisions) {
        AccessGraphBuilder b = new AccessGraphBuilder(index, documents, decisions);
        if (index.workloads().stream().anyMatch(WorkloadUnderReview::listed)) {
            b.workloads();
            return b.graph;
        }
        b.identities();
        b.resources.buckets();
        index.roles().forEach(b::role);
        index.bucketPolicies().forEach(b::bucketPolicy);
        return b.graph;
    }

    /** One group per workload: its account(s), its token, its roles with all they reach, its bucket. */
    private void workloads() {
        java.util.Set<RoleUnderReview> drawn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<BucketPolicy> drawnPolicies = new java.util.HashSet<>();
        List<WorkloadUnderReview> all = index.workloads();
        for (WorkloadUnderReview w : all.subList(0, Math.min(all.size(), MAX_GROUPS))) {
            group = w.name();
            resources.group(group);
            String token = scoped(TOKEN);
            graph.add(new GraphNode(token, Column.TOKEN, "token", "Google ID token",
                    List.of("iss " + TrustLines.GOOGLE, "aud " + w.audience().orElse("?")), Tone.NORMAL, group));
            for (String id : w.accountIds()) {
                String sa = "sa:" + id;
                List<String> lines = new ArrayList<>();
                Optional<StackResource> created = index.stack().ofType(SERVICE_ACCOUNT).stream()
                        .filter(r -> r.string("uniqueId").filter(id::equals).isPresent()).findFirst();
                created.flatMap(r -> r.string("email")).or(w::accountEmail).ifPresent(lines::add);
                lines.add("unique id " + id);
                if (created.isEmpty()) {
                    lines.add("exists outside the stack");
                }
                graph.add(new GraphNode(sa, Column.IDENTITY, "service-account", created.map(StackResource::name)
                        .orElse(w.name() + " (existing)"), lines, Tone.NORMAL, group));
                graph.connect(sa, token, "mints", Tone.GRANT);
            }
            for (RoleUnderReview role : w.roles()) {
                drawn.add(role);
                role(role);
            }
            for (String arn : w.bucketArns()) {
                index.bucketAt(arn).ifPresent(bucket -> index.bucketPolicies(bucket).stream()
                        .filter(drawnPolicies::add).forEach(this::bucketPolicy));
            }
        }
        group = "";
        resources.group(group);
        if (all.size() > MAX_GROUPS) {
            graph.add(new GraphNode("more-workloads", Column.ROLE, "more", (all.size() - MAX_GROUPS) + " more workloads",
                    List.of("not drawn; the rule book judged them all"), Tone.NORMAL));
        } else {
            index.roles().stream().filter(r -> !drawn.contains(r)).forEach(this::role);
        }
        index.bucketPolicies().stream().filter(p -> !drawnPolicies.contains(p)).forEach(this::bucketPolicy);
    }

    /** A resource as a reviewer names it in a list: the bucket (and key) of an S3 ARN, else what follows the last colon. */
    private static String shortName(String resource) {
        dev.keyless.compliance.S3Arn arn = dev.keyless.compliance.S3Arn.of(resource);
        return arn.bucket().map(b -> b + arn.key().map(k -> "/" + k).orElse(""))
                .orElse(resource.substring(resource.lastIndexOf(':') + 1));
    }

    /** A node id for a thing drawn once per workload (tokens, actions, resources). */
    private String scoped(String id) {
        return group.isEmpty() ? id : id + "@" + group;
    }

    private void add(GraphNode n) {
        graph.add(group.isEmpty() ? n : new GraphNode(n.id(), n.column(), n.kind(), n.title(), n.lines(), n.tone(), group));
    }

    private void identities() {
        String audience = index.tokenAudience().orElse("(the stack exports no tokenAudience)");
        graph.add(new GraphNode(TOKEN, Column.TOKEN, "token", "Google ID token",
                List.of("iss " + TrustLines.GOOGLE, "aud " + audience), Tone.NORMAL));
        for (StackResource sa : index.stack().ofType(SERVICE_ACCOUNT)) {
            List<String> lines = new ArrayList<>();
            sa.string("email").ifPresent(lines::add);
            sa.string("uniqueId").ifPresent(id -> lines.add("unique id " + id));
            graph.add(new GraphNode("sa:" + sa.name(), Column.IDENTITY, "service-account", sa.name(), lines, Tone.NORMAL));
            graph.connect("sa:" + sa.name(), TOKEN, "mints", Tone.GRANT);
        }
    }

    private void role(RoleUnderReview role) {
        String id = "role:" + role.resource().name();
        List<String> lines = new ArrayList<>();
        lines.add(role.roleName());
        role.resource().property("maxSessionDuration").ifPresent(v -> lines.add("sessions ≤ " + v + " s"));
        add(new GraphNode(id, Column.ROLE, "role", role.resource().name(), lines, Tone.NORMAL));
        trust(role, id);
        for (AttachedPolicy p : role.policies()) {
            policy(role, id, p);
        }
        List<String> denied = new ArrayList<>();
        for (RoleDecision d : decisions.getOrDefault(role.resource().name(), List.of())) {
            // In a workload's band the denied requests are one box, so that many workloads stay readable.
            if (!group.isEmpty() && d.decision().isPresent() && !d.allowed()) {
                String name = d.action() + (d.condition().isEmpty() ? "" : " " + d.condition()) + " on " + shortName(d.resource());
                if (!denied.contains(name)) {
                    denied.add(name);
                }
            } else {
                decided(id, d);
            }
        }
        if (!denied.isEmpty()) {
            String checked = scoped("denied:" + role.resource().name());
            add(new GraphNode(checked, Column.ACTION, "denied", denied.size() + " requests denied (checked)", denied, Tone.DENIED));
            graph.connect(id, checked, "checked", Tone.DENIED);
        }
    }

    private void trust(RoleUnderReview role, String roleId) {
        Optional<List<Statement>> statements = role.trustPolicy().flatMap(ParsedPolicy::policy).map(p -> p.statements());
        if (statements.isEmpty()) {
            String id = "trust:" + role.resource().name();
            add(new GraphNode(id, Column.TRUST, "trust", role.resource().name() + " trust",
                    List.of("trust policy cannot be read"), Tone.DANGER));
            graph.connect(id, roleId, "?", Tone.DANGER);
            return;
        }
        for (Statement s : statements.get()) {
            String id = "trust:" + role.resource().name() + ":" + s.index();
            String title = s.sid().map(Text::value).filter(t -> !t.isEmpty()).orElse("Statement " + s.index());
            boolean danger = TrustLines.trustsEveryone(s) || !TrustLines.missingPins(s).isEmpty();
            add(new GraphNode(id, Column.TRUST, "trust", title, TrustLines.of(s), danger ? Tone.DANGER : Tone.NORMAL));
            if (TrustLines.trustsGoogle(s)) {
                if (graph.node(scoped(TOKEN)).isEmpty()) {
                    add(new GraphNode(scoped(TOKEN), Column.TOKEN, "token", "Google ID token",
                            List.of("iss " + TrustLines.GOOGLE), Tone.NORMAL));
                }
                graph.connect(scoped(TOKEN), id, "to STS", danger ? Tone.DANGER : Tone.GRANT);
            }
            graph.connect(id, roleId, s.allows() ? "allows" : "denies",
                    s.allows() ? (danger ? Tone.DANGER : Tone.GRANT) : Tone.DENIED);
        }
    }

    private void policy(RoleUnderReview role, String roleId, AttachedPolicy p) {
        PolicyDocument doc = document(DocumentKind.ATTACHED, p.document()).orElse(null);
        String name = doc != null ? doc.resource() : p.arn().orElse(p.via());
        String id = "policy:" + name;
        if (p.document().isEmpty()) {
            add(new GraphNode(id, Column.POLICY, "policy", name,
                    List.of(p.via(), "not defined in the stack: cannot be reviewed"), Tone.DANGER));
            graph.connect(roleId, id, "attached", Tone.DANGER);
            return;
        }
        List<Statement> statements = p.document().get().policy().map(x -> x.statements()).orElse(List.of());
        add(new GraphNode(id, Column.POLICY, "policy", name,
                List.of(p.via().replace("role " + role.resource().name() + ", ", ""), statements.size() + " statement(s)"),
                Tone.NORMAL));
        graph.connect(roleId, id, "attached", Tone.GRANT);
        for (Statement s : statements) {
            if (s.allows()) {
                grants(id, s);
            }
        }
    }

    /** Policy → each allowed action → each resource the statement names. */
    private void grants(String policyId, Statement s) {
        String condition = s.conditions().isEmpty() ? "" : " if " + s.conditions().size() + " condition(s)";
        for (String action : s.actions().map(a -> a.negated() ? List.of(TrustLines.list(a))
                : a.values().stream().map(Text::value).toList()).orElse(List.of())) {
            boolean danger = action.contains("*") || action.startsWith("NotAction");
            String id = scoped("action:" + action);
            add(new GraphNode(id, Column.ACTION, "action", action, List.of("allowed"), danger ? Tone.DANGER : Tone.GRANT));
            graph.connect(policyId, id, "Allow" + condition, danger ? Tone.DANGER : Tone.GRANT);
            for (String resource : s.resources().map(r -> r.negated() ? List.of(TrustLines.list(r))
                    : r.values().stream().map(Text::value).toList()).orElse(List.of())) {
                String target = resources.node(resource, true);
                boolean wide = danger || graph.node(target).map(n -> n.tone() == Tone.DANGER).orElse(false);
                graph.connect(id, target, resources.suffix(resource), wide ? Tone.DANGER : Tone.GRANT);
            }
        }
    }

    /**
     * One decision of the rule book: denied requests dashed, a request allowed against the rule (or
     * one AWS would refuse to evaluate) red. A request allowed as the rule expects is already drawn by
     * the Allow statement behind it.
     */
    private void decided(String roleId, RoleDecision d) {
        String name = d.action() + (d.condition().isEmpty() ? "" : " " + d.condition());
        if (d.decision().isEmpty()) {
            String id = scoped("unknown:" + name);
            add(new GraphNode(id, Column.ACTION, "unknown", name, List.of("cannot be evaluated", d.error().orElse("")),
                    Tone.DANGER));
            graph.connect(roleId, id, "checked", Tone.DANGER);
            graph.connect(id, resources.node(d.resource(), true), "?", Tone.DANGER);
            return;
        }
        if (d.allowed() && !d.dangerous()) {
            return;
        }
        boolean allowed = d.allowed();
        String id = scoped((allowed ? "action:" : "denied:") + name);
        add(new GraphNode(id, Column.ACTION, allowed ? "action" : "denied", name,
                List.of(allowed ? "ALLOWED, must never be" : d.decision().get() + " (checked)"),
                allowed ? Tone.DANGER : Tone.DENIED));
        graph.connect(roleId, id, allowed ? "allowed!" : "checked", allowed ? Tone.DANGER : Tone.DENIED);
        graph.connect(id, resources.node(d.resource(), allowed), allowed ? "allowed!" : "denied",
                allowed ? Tone.DANGER : Tone.DENIED);
    }

    private void bucketPolicy(BucketPolicy p) {
        Optional<PolicyDocument> doc = document(DocumentKind.BUCKET, p.document());
        String name = doc.map(PolicyDocument::resource).orElse(p.label());
        String id = "bucket-policy:" + name;
        List<Statement> statements = p.document().flatMap(ParsedPolicy::policy).map(x -> x.statements()).orElse(List.of());
        List<String> lines = new ArrayList<>(statements.stream().map(s -> s.effect().map(Text::value).orElse("?") + " "
                + s.actions().map(TrustLines::list).orElse("") + (s.conditions().isEmpty() ? ""
                : " if " + s.conditions().get(0).key().value() + " " + s.conditions().get(0).values().get(0).text())).toList());
        boolean allowsEveryone = statements.stream().anyMatch(s -> s.allows() && TrustLines.trustsEveryone(s));
        if (p.document().isEmpty()) {
            lines.add("cannot be read");
        }
        Tone tone = allowsEveryone || p.document().isEmpty() ? Tone.DANGER : Tone.NORMAL;
        add(new GraphNode(id, Column.POLICY, "bucket-policy", name, lines, tone));
        for (Statement s : statements) {
            for (String r : s.resources().map(x -> x.values().stream().map(Text::value).toList()).orElse(List.of())) {
                graph.connect(id, resources.node(r, s.allows()), s.allows() ? "allows" : "denies",
                        s.allows() ? (TrustLines.trustsEveryone(s) ? Tone.DANGER : Tone.GRANT) : Tone.DENIED);
            }
        }
    }

    private Optional<PolicyDocument> document(DocumentKind kind, Optional<ParsedPolicy> parsed) {
        return parsed.map(p -> documents.get(kind + "\n" + p.text()));
    }
}
