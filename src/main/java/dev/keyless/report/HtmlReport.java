package dev.keyless.report;

import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;
import dev.keyless.gate.JudgedScenario;
import dev.keyless.gate.Waiver;
import dev.keyless.gate.WaiverProblem;

import java.util.List;
import java.util.Map;

import static dev.keyless.report.Markup.escape;

/**
 * {@code index.html}: the run on top (verdict, mode, stack and its source, tool and catalog versions,
 * blocking types, exceptions file), then every scenario as the gate judged it, the access graph
 * inline, every finding with its waiver, the exceptions, and Cucumber's own report of the rule-book
 * run embedded below. Self-contained: no script, no network.
 */
final class HtmlReport {

    private HtmlReport() {}

    static String render(RunInfo run, GateDecision d, String graphSvg, Map<String, String> files, Map<String, String> reports) {
        return render(run, d, graphSvg, files, reports, List.of());
    }

    /** @param outside what the workloads use that the stack does not hold, and so was not judged ({@link OutsideTheStack}) */
    static String render(RunInfo run, GateDecision d, String graphSvg, Map<String, String> files, Map<String, String> reports,
                         List<String> outside) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>keyless ")
                .append(escape(run.verb())).append(" · ").append(run.verdict()).append(" · ").append(escape(run.stackName()))
                .append("</title>\n<style>\n").append(Html.STYLE).append("</style>\n</head>\n<body>\n");
        header(h, run, d);
        h.append("<main>\n");
        if (d.blocked()) {
            h.append("<section id=\"blocking\"><h2>Why the gate blocks</h2><ul class=\"reasons\">");
            d.blockingReasons().forEach(r -> h.append("<li>").append(escape(r)).append("</li>"));
            h.append("</ul></section>\n");
        }
        scenarios(h, d);
        h.append("<section id=\"access-graph\"><h2>Access graph</h2>\n<p class=\"legend\">")
                .append("<span><i style=\"border-color:#1f7a4d\"></i>granted</span>")
                .append("<span><i style=\"border-color:#8a8f98;border-top-style:dashed\"></i>asked by the rule book and denied</span>")
                .append("<span><i style=\"border-color:#c62828\"></i>too broad, missing pin, or cannot be reviewed</span>")
                .append("</p>\n<div class=\"graph\">\n").append(graphSvg).append("</div>\n<p class=\"note\">Generated from the stack ")
                .append("snapshot: each box names the stack resource; hover for every detail. ")
                .append("<a href=\"access-graph.svg\">access-graph.svg</a></p></section>\n");
        if (!outside.isEmpty()) {
            h.append("<section id=\"outside-the-stack\"><h2>Outside the stack: not judged</h2><ul>");
            outside.forEach(n -> h.append("<li>").append(escape(n)).append("</li>"));
            h.append("</ul></section>\n");
        }
        FindingsSection.render(h, d, files);
        exceptions(h, d);
        h.append("<section id=\"rule-book\"><h2>Rule book run (Cucumber's report)</h2>\n<p class=\"note\">Cucumber's own ")
                .append("report of the same run, step by step, before exceptions and <code>--treat-finding-type-as-blocking</code> ")
                .append("are applied: a scenario waived above still shows as failed here. ")
                .append("<a href=\"rule-book.html\">Open it on its own</a>.</p>\n")
                .append("<iframe class=\"cucumber\" src=\"rule-book.html\" title=\"Cucumber report of the rule book\"></iframe></section>\n");
        h.append("<section id=\"files\"><h2>Files</h2><ul>");
        reports.forEach((what, file) -> h.append("<li><a href=\"").append(escape(file)).append("\">").append(escape(file))
                .append("</a> — ").append(escape(what)).append("</li>"));
        h.append("</ul></section>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, RunInfo run, GateDecision d) {
        h.append("<header class=\"run ").append(d.blocked() ? "blocked" : "compliant").append("\">\n<h1>keyless ")
                .append(escape(run.verb())).append(" <span class=\"verdict\">").append(run.verdict()).append(" · exit ")
                .append(run.exitCode()).append("</span></h1>\n<dl class=\"meta\">");
        meta(h, "Mode", run.mode(), "run-mode");
        meta(h, "Stack", run.stackName(), "run-stack");
        meta(h, "Stack source", run.stackSource(), "run-source");
        meta(h, "keyless version", run.toolVersion(), "run-version");
        meta(h, "IAM catalog", run.catalogVersion(), "run-catalog");
        meta(h, "Blocking finding types", run.blockingTypes().isEmpty() ? "none" : String.join(", ", run.blockingTypes()), "run-blocking");
        meta(h, "Exceptions file", run.exceptionsFile().map(f -> f + " (" + d.waivers().valid().size() + " valid, "
                + d.waivers().problems().size() + " invalid)").orElse("none"), "run-exceptions");
        h.append("</dl>\n<p class=\"counts\">").append(d.scenarios().size()).append(" scenarios: ");
        for (JudgedScenario.Outcome o : JudgedScenario.Outcome.values()) {
            h.append(d.count(o)).append(' ').append(Labels.word(o)).append(o == JudgedScenario.Outcome.SKIPPED ? "" : ", ");
        }
        h.append(" · ").append(d.findings().size()).append(" findings over ").append(d.documents().size())
                .append(" policy documents: ").append(d.findings(JudgedFinding.Disposition.BLOCKING).size()).append(" blocking, ")
                .append(d.findings(JudgedFinding.Disposition.NON_BLOCKING).size()).append(" non-blocking, ")
                .append(d.findings(JudgedFinding.Disposition.WAIVED).size()).append(" waived</p>\n<nav>")
                .append("<a href=\"#scenarios\">Scenarios</a><a href=\"#access-graph\">Access graph</a>")
                .append("<a href=\"#findings\">Findings</a><a href=\"#exceptions\">Exceptions</a>")
                .append("<a href=\"#rule-book\">Cucumber report</a><a href=\"#files\">Files</a></nav>\n</header>\n");
    }

    static void meta(StringBuilder h, String name, String value, String id) {
        h.append("<dt>").append(escape(name)).append("</dt><dd id=\"").append(id).append("\">").append(escape(value)).append("</dd>");
    }

    private static void scenarios(StringBuilder h, GateDecision d) {
        h.append("<section id=\"scenarios\"><h2>Scenarios</h2>\n<table><thead><tr><th>Outcome</th>")
                .append("<th>Scenario</th><th>Why</th></tr></thead><tbody>\n");
        String feature = null;
        for (JudgedScenario s : d.scenarios()) {
            if (!s.result().feature().equals(feature)) {
                feature = s.result().feature();
                h.append("<tr class=\"feature\"><th colspan=\"3\">").append(escape(feature)).append("</th></tr>\n");
            }
            String word = Labels.word(s.outcome());
            String cls = word.replace(' ', '-');
            h.append("<tr class=\"scenario ").append(cls).append("\"><td><span class=\"badge b-").append(cls).append("\">")
                    .append(word.toUpperCase(java.util.Locale.ROOT)).append("</span></td><td>")
                    .append(escape(s.result().scenario())).append("</td><td>");
            list(h, s.reasons(), s.waivers());
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void list(StringBuilder h, List<String> reasons, List<Waiver> waivers) {
        if (reasons.isEmpty() && waivers.isEmpty()) {
            return;
        }
        h.append("<ul class=\"reasons\">");
        reasons.forEach(r -> h.append("<li>").append(escape(r)).append("</li>"));
        waivers.forEach(w -> h.append("<li><strong>exception</strong> (line ").append(w.line()).append("): ")
                .append(escape(w.describe())).append(" — ").append(escape(w.justification())).append("</li>"));
        h.append("</ul>");
    }

    static void exceptions(StringBuilder h, GateDecision d) {
        h.append("<section id=\"exceptions\"><h2>Justified exceptions</h2>\n");
        if (d.waivers().source().isEmpty()) {
            h.append("<p class=\"note\">No exceptions file: nothing is waived.</p></section>\n");
            return;
        }
        h.append("<p class=\"note\">From <code>").append(escape(d.waivers().source().get())).append("</code>. An invalid or ")
                .append("expired entry waives nothing and blocks the gate by itself.</p>\n<table><thead><tr><th>State</th>")
                .append("<th>Line</th><th>Excuses</th><th>Resource</th><th>Justification</th><th>Owner</th><th>Expires</th>")
                .append("</tr></thead><tbody>\n");
        for (Waiver w : d.waivers().valid()) {
            String state = d.unusedWaivers().contains(w) ? "unused" : "valid";
            h.append("<tr><td><span class=\"badge b-").append(state).append("\">").append(state.toUpperCase(java.util.Locale.ROOT))
                    .append("</span></td><td>").append(w.line()).append("</td><td>").append(escape(w.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(" <code>").append(escape(w.target())).append("</code></td><td><code>").append(escape(w.resource()))
                    .append("</code></td><td>").append(escape(w.justification())).append("</td><td>").append(escape(w.owner()))
                    .append("</td><td>").append(w.expires()).append("</td></tr>\n");
        }
        for (WaiverProblem p : d.waivers().problems()) {
            h.append("<tr class=\"failed\"><td><span class=\"badge b-invalid\">INVALID</span></td><td>").append(p.line())
                    .append("</td><td colspan=\"5\">entry ").append(p.entry()).append(": ").append(escape(p.message())).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }
}
