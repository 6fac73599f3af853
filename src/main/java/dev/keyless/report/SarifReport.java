package dev.keyless.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;
import dev.keyless.gate.PolicyDocument;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.model.Location;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * SARIF 2.1.0: one run of the {@code keyless} tool, one rule per issue code found, one result per
 * finding located in the rendered policy file. Regions: SARIF lines and columns count from 1 and
 * Access Analyzer's columns from 0, both end-exclusive, columns in UTF-16 code units (Java's chars).
 * A waived finding carries an accepted external suppression with the waiver's justification, which
 * code scanning shows as dismissed.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">SARIF 2.1.0</a>
 */
final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SarifReport() {}

    /** @param uriPrefix how artifact URIs start: the report folder relative to where code scanning resolves them */
    static ObjectNode build(RunInfo run, GateDecision d, Map<String, String> files, String uriPrefix) {
        List<String> codes = List.copyOf(new TreeSet<>(d.findings().stream().map(f -> f.finding().finding().issueCode()).toList()));
        ObjectNode root = F.objectNode();
        root.put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode r = root.putArray("runs").addObject();
        ObjectNode driver = r.putObject("tool").putObject("driver");
        driver.put("name", "keyless").put("version", run.toolVersion())
                .put("informationUri", "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-validation.html");
        ArrayNode rules = driver.putArray("rules");
        codes.forEach(c -> rules.add(rule(c, d)));
        ArrayNode artifacts = r.putArray("artifacts");
        List<String> ids = List.copyOf(files.keySet());
        for (String id : ids) {
            PolicyDocument doc = d.documents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            ObjectNode a = artifacts.addObject();
            a.putObject("location").put("uri", uriPrefix + files.get(id));
            a.put("mimeType", "application/json").putObject("description").put("text", doc.label());
        }
        r.put("columnKind", "utf16CodeUnits");
        ArrayNode results = r.putArray("results");
        for (JudgedFinding jf : d.findings()) {
            results.add(result(jf, codes, ids, files, uriPrefix));
        }
        r.putArray("invocations").addObject().put("executionSuccessful", run.exitCode() != 1).put("exitCode", run.exitCode());
        ObjectNode props = r.putObject("properties");
        props.put("mode", run.mode()).put("stack", run.stackName()).put("stackSource", run.stackSource())
                .put("catalogVersion", run.catalogVersion());
        run.blockingTypes().forEach(props.putArray("blockingFindingTypes")::add);
        return root;
    }

    private static ObjectNode rule(String code, GateDecision d) {
        Optional<IssueCode> known = issueCode(code);
        FindingType type = known.map(IssueCode::type).orElseGet(() -> d.findings().stream()
                .filter(f -> f.finding().finding().issueCode().equals(code)).findFirst().orElseThrow()
                .finding().finding().findingType());
        ObjectNode rule = F.objectNode().put("id", code).put("name", camel(code));
        rule.putObject("shortDescription").put("text", code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
        known.ifPresent(k -> rule.putObject("fullDescription").put("text", k.template()));
        known.filter(k -> !k.own()).ifPresent(k -> rule.put("helpUri", k.learnMoreLink()));
        known.filter(IssueCode::own).ifPresent(k -> rule.putObject("help").put("text",
                "A keyless check that Access Analyzer does not have: see " + k.learnMoreLink() + " in the keyless repository."));
        rule.putObject("defaultConfiguration").put("level", level(type));
        ObjectNode props = rule.putObject("properties");
        ArrayNode tags = props.putArray("tags").add("iam").add("policy");
        props.put("findingType", type.name());
        if (type == FindingType.SECURITY_WARNING) {
            tags.add("security");
            // code scanning ranks security alerts by this score; overly broad access is "high" (7.0–8.9)
            props.put("security-severity", "8.0");
        }
        return rule;
    }

    private static ObjectNode result(JudgedFinding jf, List<String> codes, List<String> ids, Map<String, String> files,
                                     String uriPrefix) {
        Finding f = jf.finding().finding();
        PolicyDocument doc = jf.finding().document();
        ObjectNode res = F.objectNode();
        res.put("ruleId", f.issueCode()).put("ruleIndex", codes.indexOf(f.issueCode())).put("level", level(f.findingType()));
        res.putObject("message").put("text", f.findingDetails() + " (" + doc.label() + ")");
        ArrayNode locations = res.putArray("locations");
        List<Location> where = f.locations().isEmpty() ? java.util.Collections.singletonList(null) : f.locations();
        for (Location l : where) {
            ObjectNode loc = locations.addObject();
            ObjectNode physical = loc.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uriPrefix + files.get(doc.id())).put("index", ids.indexOf(doc.id()));
            if (l != null) {
                physical.putObject("region")
                        .put("startLine", l.span().start().line()).put("startColumn", l.span().start().column() + 1)
                        .put("endLine", l.span().end().line()).put("endColumn", l.span().end().column() + 1)
                        .put("charOffset", l.span().start().offset()).put("charLength", l.span().length());
            }
            ObjectNode logical = loc.putArray("logicalLocations").addObject();
            logical.put("name", l == null ? doc.resource() : l.path().toString())
                    .put("fullyQualifiedName", doc.urn().orElse(doc.resource()) + (l == null ? "" : "#" + l.path()))
                    .put("kind", "resource");
        }
        res.putObject("partialFingerprints").put("keylessFinding/v1", fingerprint(doc, f));
        jf.waiver().ifPresent(w -> res.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted")
                .put("justification", w.justification() + " (owner " + w.owner() + ", until " + w.expires() + ")"));
        ObjectNode props = res.putObject("properties");
        props.put("findingType", f.findingType().name()).put("disposition", Labels.word(jf.disposition()))
                .put("resource", doc.resource()).put("policy", doc.label()).put("learnMoreLink", f.learnMoreLink());
        return res;
    }

    /** ERROR and SECURITY_WARNING block by default, as in AWS's validators: both are SARIF errors. */
    static String level(FindingType t) {
        return switch (t) {
            case ERROR, SECURITY_WARNING -> "error";
            case WARNING -> "warning";
            case SUGGESTION -> "note";
        };
    }

    private static Optional<IssueCode> issueCode(String code) {
        try {
            return Optional.of(IssueCode.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String camel(String code) {
        StringBuilder sb = new StringBuilder();
        for (String part : code.toLowerCase(java.util.Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** Stable across runs while the same code sits at the same place of the same resource's document. */
    private static String fingerprint(PolicyDocument doc, Finding f) {
        String key = doc.urn().orElse(doc.resource()) + "|" + doc.kind() + "|" + f.issueCode() + "|"
                + (f.locations().isEmpty() ? "" : f.locations().get(0).path().toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
