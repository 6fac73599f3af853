package dev.keyless.report;

import dev.keyless.gate.AccountDocuments;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;
import dev.keyless.policy.account.AccountDocument;
import dev.keyless.policy.account.AuthorizationDetails;
import dev.keyless.policy.account.ManagedPolicy;
import dev.keyless.policy.account.Principal;
import dev.keyless.policy.finding.FindingType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The summary of an account run per principal and per managed policy: each document with its
 * findings counted by type (or why it could not be read), each principal's attached managed policies
 * (and whether the file holds them), each user's groups. The console, {@code index.html} and the
 * summary JSON of {@code validate-account} all show these rows.
 */
public record AccountSummary(List<Row> rows, List<String> notInFile) {

    /** One document: its name, report id, findings by type, or why it was not read. */
    public record Document(String name, String id, Map<FindingType, Integer> counts, Optional<String> problem) {
        public String describe() {
            if (problem.isPresent()) {
                return "not read: " + problem.get();
            }
            return counts.isEmpty() ? "no findings" : counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        }
    }

    /** A principal (user, group, role) or a managed policy. */
    public record Row(String kind, String name, String arn, List<Document> documents, List<String> attached,
                      List<String> groups) {}

    public static AccountSummary of(AuthorizationDetails details, AccountDocuments docs, GateDecision decision) {
        List<Row> rows = new ArrayList<>();
        for (Principal p : details.principals()) {
            rows.add(new Row(p.type().name().toLowerCase(java.util.Locale.ROOT), p.name(), p.arn(),
                    p.documents().stream().map(d -> document(d, docs, decision)).toList(), p.attachedPolicies(), p.groups()));
        }
        for (ManagedPolicy m : details.policies()) {
            List<Document> documents = m.defaultVersion().stream().map(d -> document(d, docs, decision)).toList();
            rows.add(new Row("managed policy", m.name() + " (default version " + m.defaultVersionId() + " of " + m.versions() + ")",
                    m.arn(), documents, List.of(), List.of()));
        }
        return new AccountSummary(rows, List.copyOf(details.attachedButAbsent()));
    }

    /** The rows as the summary JSON's {@code Principals}: kind, name, arn, documents (with findings by type), attached, groups. */
    com.fasterxml.jackson.databind.node.ArrayNode json() {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        var rowsNode = f.arrayNode();
        for (Row r : rows) {
            var n = rowsNode.addObject().put("kind", r.kind()).put("name", r.name()).put("arn", r.arn());
            var docsNode = n.putArray("documents");
            for (Document d : r.documents()) {
                var dn = docsNode.addObject().put("name", d.name()).put("policyFile", PolicyFiles.DIR + "/" + d.id() + ".json");
                var counts = dn.putObject("findings");
                d.counts().forEach((type, count) -> counts.put(type.name(), count));
                d.problem().ifPresent(p -> dn.remove("policyFile"));
                d.problem().ifPresent(p -> dn.put("unreadable", p));
            }
            var attached = n.putArray("attached");
            r.attached().forEach(a -> attached.addObject().put("policyArn", a).put("inFile", !notInFile.contains(a)));
            r.groups().forEach(n.putArray("groups")::add);
        }
        return rowsNode;
    }

    private static Document document(AccountDocument d, AccountDocuments docs, GateDecision decision) {
        String id = docs.ids().get(d);
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (JudgedFinding f : decision.findings()) {
            if (f.finding().document().id().equals(id)) {
                counts.merge(f.finding().finding().findingType(), 1, Integer::sum);
            }
        }
        return new Document(d.name(), id, counts, d.problem());
    }
}
