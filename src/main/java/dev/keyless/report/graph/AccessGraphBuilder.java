package dev.keyless.report.graph;

import dev.keyless.compliance.AttachedPolicy;
import dev.keyless.compliance.BucketPolicy;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.gate.DocumentKind;
import dev.keyless.gate.PolicyDocument;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.rulebook.RoleDecision;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the access graph of a stack. Policies are named by the stack resource that holds them (the
 * same names the findings and exceptions use); actions and resources are the values the Allow
 * statements write; the checked requests are the rule book's own decisions ({@link RoleDecision}: "What
 * AWS decides for the role"), drawn dashed when denied and red when allowed against the rule.
 */
public final class AccessGraphBuilder {

    private static final String SERVICE_ACCOUNT = "gcp:serviceaccount/account:Account";
    private static final String TOKEN = "token";

    private final StackIndex index;
    private final List<PolicyDocument> documents;
    private final List<RoleDecision> decisions;
    private final AccessGraph graph = new AccessGraph();
    private final ResourceNodes resources;

    private AccessGraphBuilder(StackIndex index, List<PolicyDocument> documents, List<RoleDecision> decisions) {
        this.index = index;
        this.documents = documents;
        this.decisions = decisions;
        this.resources = new ResourceNodes(index, graph);
    }

    public static AccessGraph build(StackIndex index, List<PolicyDocument> documents, List<RoleDecision> decisions) {
        AccessGraphBuilder b = new AccessGraphBuilder(index, documents, decisions);
        b.identities();
        b.resources.buckets();
        index.roles().forEach(b::role);
        index.bucketPolicies().forEach(b::bucketPolicy);
        return b.graph;
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
        graph.add(new GraphNode(id, Column.ROLE, "role", role.resource().name(), lines, Tone.NORMAL));
        trust(role, id);
        for (AttachedPolicy p : role.policies()) {
            policy(role, id, p);
        }
        decisions.stream().filter(d -> d.role().equals(role.resource().name())).forEach(d -> decided(id, d));
    }

    private void trust(RoleUnderReview role, String roleId) {
        Optional<List<Statement>> statements = role.trustPolicy().flatMap(ParsedPolicy::policy).map(p -> p.statements());
        if (statements.isEmpty()) {
            String id = "trust:" + role.resource().name();
            graph.add(new GraphNode(id, Column.TRUST, "trust", role.resource().name() + " trust",
                    List.of("trust policy cannot be read"), Tone.DANGER));
            graph.connect(id, roleId, "?", Tone.DANGER);
            return;
        }
        for (Statement s : statements.get()) {
            String id = "trust:" + role.resource().name() + ":" + s.index();
            String title = s.sid().map(Text::value).filter(t -> !t.isEmpty()).orElse("Statement " + s.index());
            boolean danger = TrustLines.trustsEveryone(s) || !TrustLines.missingPins(s).isEmpty();
            graph.add(new GraphNode(id, Column.TRUST, "trust", title, TrustLines.of(s), danger ? Tone.DANGER : Tone.NORMAL));
            if (TrustLines.trustsGoogle(s)) {
                graph.connect(TOKEN, id, "to STS", danger ? Tone.DANGER : Tone.GRANT);
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
            graph.add(new GraphNode(id, Column.POLICY, "policy", name,
                    List.of(p.via(), "not defined in the stack: cannot be reviewed"), Tone.DANGER));
            graph.connect(roleId, id, "attached", Tone.DANGER);
            return;
        }
        List<Statement> statements = p.document().get().policy().map(x -> x.statements()).orElse(List.of());
        graph.add(new GraphNode(id, Column.POLICY, "policy", name,
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
            String id = "action:" + action;
            graph.add(new GraphNode(id, Column.ACTION, "action", action, List.of("allowed"), danger ? Tone.DANGER : Tone.GRANT));
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
            String id = "unknown:" + name;
            graph.add(new GraphNode(id, Column.ACTION, "unknown", name, List.of("cannot be evaluated", d.error().orElse("")),
                    Tone.DANGER));
            graph.connect(roleId, id, "checked", Tone.DANGER);
            graph.connect(id, resources.node(d.resource(), true), "?", Tone.DANGER);
            return;
        }
        if (d.allowed() && !d.dangerous()) {
            return;
        }
        boolean allowed = d.allowed();
        String id = (allowed ? "action:" : "denied:") + name;
        graph.add(new GraphNode(id, Column.ACTION, allowed ? "action" : "denied", name,
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
        graph.add(new GraphNode(id, Column.POLICY, "bucket-policy", name, lines, tone));
        for (Statement s : statements) {
            for (String r : s.resources().map(x -> x.values().stream().map(Text::value).toList()).orElse(List.of())) {
                graph.connect(id, resources.node(r, s.allows()), s.allows() ? "allows" : "denies",
                        s.allows() ? (TrustLines.trustsEveryone(s) ? Tone.DANGER : Tone.GRANT) : Tone.DENIED);
            }
        }
    }

    private Optional<PolicyDocument> document(DocumentKind kind, Optional<ParsedPolicy> parsed) {
        return parsed.flatMap(p -> documents.stream().filter(d -> d.kind() == kind)
                .filter(d -> d.document().map(ParsedPolicy::text).filter(p.text()::equals).isPresent()).findFirst());
    }
}
