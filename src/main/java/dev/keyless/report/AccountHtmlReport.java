package dev.keyless.report;

import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;

import java.util.Map;

import static dev.keyless.report.Markup.escape;

/**
 * {@code index.html} of {@code validate-account}: the run on top, why it blocks, every principal and
 * managed policy with its documents and their findings, then every finding, the exceptions and the
 * files. Self-contained, like the gate's page.
 */
final class AccountHtmlReport {

    private AccountHtmlReport() {}

    static String render(RunInfo run, GateDecision d, AccountSummary summary, Map<String, String> files,
                         Map<String, String> reports) {
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>keyless ")
                .append(escape(run.verb())).append(" · ").append(run.verdict()).append(" · ").append(escape(run.stackName()))
                .append("</title>\n<style>\n").append(Html.STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<header class=\"run ").append(d.blocked() ? "blocked" : "compliant").append("\">\n<h1>keyless ")
                .append(escape(run.verb())).append(" <span class=\"verdict\">").append(run.verdict()).append(" · exit ")
                .append(run.exitCode()).append("</span></h1>\n<dl class=\"meta\">");
        HtmlReport.meta(h, "Mode", run.mode(), "run-mode");
        HtmlReport.meta(h, "Account", run.stack(), "run-stack");
        HtmlReport.meta(h, "Authorization details", run.stackSource(), "run-source");
        HtmlReport.meta(h, "keyless version", run.toolVersion(), "run-version");
        HtmlReport.meta(h, "IAM catalog", run.catalogVersion(), "run-catalog");
        HtmlReport.meta(h, "Blocking finding types", run.blockingTypes().isEmpty() ? "none" : String.join(", ", run.blockingTypes()), "run-blocking");
        h.append("</dl>\n<p class=\"counts\">").append(d.findings().size()).append(" findings over ").append(d.documents().size())
                .append(" policy documents: ").append(d.findings(JudgedFinding.Disposition.BLOCKING).size()).append(" blocking, ")
                .append(d.findings(JudgedFinding.Disposition.NON_BLOCKING).size()).append(" non-blocking, ")
                .append(d.findings(JudgedFinding.Disposition.WAIVED).size()).append(" waived</p>\n<nav>")
                .append("<a href=\"#principals\">Principals and policies</a><a href=\"#findings\">Findings</a>")
                .append("<a href=\"#exceptions\">Exceptions</a><a href=\"#files\">Files</a></nav>\n</header>\n<main>\n");
        if (d.blocked()) {
            h.append("<section id=\"blocking\"><h2>Why the gate blocks</h2><ul class=\"reasons\">");
            d.blockingReasons().forEach(r -> h.append("<li>").append(escape(r)).append("</li>"));
            h.append("</ul></section>\n");
        }
        principals(h, summary, files);
        FindingsSection.render(h, d, files);
        HtmlReport.exceptions(h, d);
        h.append("<section id=\"files\"><h2>Files</h2><ul>");
        reports.forEach((what, file) -> h.append("<li><a href=\"").append(escape(file)).append("\">").append(escape(file))
                .append("</a> — ").append(escape(what)).append("</li>"));
        h.append("</ul></section>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void principals(StringBuilder h, AccountSummary summary, Map<String, String> files) {
        h.append("<section id=\"principals\"><h2>Principals and policies</h2>\n<table><thead><tr><th>Kind</th>")
                .append("<th>Name</th><th>Documents</th><th>Attached managed policies</th></tr></thead><tbody>\n");
        for (AccountSummary.Row r : summary.rows()) {
            h.append("<tr><td>").append(escape(r.kind())).append("</td><td>").append(escape(r.name())).append("<br><code>")
                    .append(escape(r.arn())).append("</code>");
            if (!r.groups().isEmpty()) {
                h.append("<br>groups: ").append(escape(String.join(", ", r.groups())));
            }
            h.append("</td><td><ul class=\"reasons\">");
            for (AccountSummary.Document doc : r.documents()) {
                String file = files.get(doc.id());
                h.append("<li>");
                if (file != null) {
                    h.append("<a href=\"").append(escape(file)).append("\">").append(escape(doc.name())).append("</a>");
                } else {
                    h.append(escape(doc.name()));
                }
                h.append(": ").append(escape(doc.describe())).append("</li>");
            }
            h.append("</ul></td><td>");
            for (String a : r.attached()) {
                h.append("<code>").append(escape(a)).append("</code>")
                        .append(summary.notInFile().contains(a) ? " (not in the file: not validated)" : "").append("<br>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }
}
