package dev.keyless.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;
import dev.keyless.gate.JudgedScenario;
import dev.keyless.gate.Waiver;
import dev.keyless.gate.WaiverProblem;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingJson;

import java.util.Map;

/**
 * The machine-readable verdict. {@code BlockingFindings} and {@code NonBlockingFindings} have the
 * entry shape of AWS's cfn/tf policy validators ({@code findingType, code, message, resourceName,
 * policyName, details}, details being the Access Analyzer finding as validate-policy prints it); waived findings are non-blocking
 * and carry their {@code waiver}. Then every scenario, the exceptions file, why the run blocks, the
 * report files and the exit code.
 */
final class SummaryReport {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SummaryReport() {}

    static ObjectNode build(RunInfo run, GateDecision d, Map<String, String> files, Map<String, String> reports) {
        ObjectNode root = F.objectNode();
        ArrayNode blocking = root.putArray("BlockingFindings");
        ArrayNode nonBlocking = root.putArray("NonBlockingFindings");
        for (JudgedFinding f : d.findings()) {
            (f.blocking() ? blocking : nonBlocking).add(finding(f, files));
        }
        ArrayNode scenarios = root.putArray("Scenarios");
        for (JudgedScenario s : d.scenarios()) {
            ObjectNode n = scenarios.addObject().put("feature", s.result().feature()).put("scenario", s.result().scenario())
                    .put("outcome", s.outcome().name()).put("blocking", s.blocking());
            s.reasons().forEach(n.putArray("reasons")::add);
            ArrayNode vs = n.putArray("violations");
            s.violations().forEach(v -> {
                ObjectNode o = vs.addObject().put("resource", v.resource()).put("message", v.message());
                v.subjects().forEach(o.putArray("names")::add);
            });
            ArrayNode ws = n.putArray("waivers");
            s.waivers().forEach(w -> ws.add(waiver(w)));
        }
        ObjectNode counts = root.putObject("ScenarioCounts");
        for (JudgedScenario.Outcome o : JudgedScenario.Outcome.values()) {
            counts.put(o.name(), d.count(o));
        }
        ObjectNode ex = root.putObject("Exceptions");
        d.waivers().source().ifPresentOrElse(s -> ex.put("file", s), () -> ex.putNull("file"));
        ArrayNode valid = ex.putArray("valid");
        d.waivers().valid().forEach(w -> valid.add(waiver(w).put("used", !d.unusedWaivers().contains(w))));
        ArrayNode invalid = ex.putArray("invalid");
        for (WaiverProblem p : d.waivers().problems()) {
            invalid.addObject().put("entry", p.entry()).put("line", p.line()).put("message", p.message());
        }
        d.blockingReasons().forEach(root.putArray("BlockingReasons")::add);
        ObjectNode r = root.putObject("Run");
        r.put("verb", run.verb()).put("mode", run.mode()).put("stack", run.stackName()).put("stackSource", run.stackSource())
                .put("toolVersion", run.toolVersion()).put("catalogVersion", run.catalogVersion())
                .put("policyDocuments", d.documents().size());
        run.blockingTypes().forEach(r.putArray("blockingFindingTypes")::add);
        ObjectNode rep = root.putObject("Reports");
        reports.forEach(rep::put);
        root.put("ExitCode", run.exitCode());
        return root;
    }

    private static ObjectNode finding(JudgedFinding jf, Map<String, String> files) {
        Finding f = jf.finding().finding();
        ObjectNode n = F.objectNode().put("findingType", f.findingType().name()).put("code", f.issueCode())
                .put("message", f.findingDetails()).put("resourceName", jf.finding().document().resource())
                .put("policyName", jf.finding().document().label());
        String file = files.get(jf.finding().document().id());
        if (file != null) {
            n.put("policyFile", file);
        }
        FindingJson.write(n.putObject("details"), f);
        n.put("disposition", Labels.word(jf.disposition()));
        jf.waiver().ifPresent(w -> n.set("waiver", waiver(w)));
        return n;
    }

    static ObjectNode waiver(Waiver w) {
        return F.objectNode().put(w.kind() == Waiver.Kind.FINDING ? "finding" : "scenario", w.target())
                .put("resource", w.resource()).put("justification", w.justification()).put("owner", w.owner())
                .put("expires", w.expires().toString()).put("line", w.line());
    }
}
