package dev.keyless.report;

import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.model.Location;

import java.util.Map;

import static dev.keyless.report.Markup.escape;

/** The findings table of {@code index.html}: blocking first, then waived, then non-blocking. */
final class FindingsSection {

    private FindingsSection() {}

    static void render(StringBuilder h, GateDecision d, Map<String, String> files) {
        h.append("<section id=\"findings\"><h2>Policy findings</h2>\n<p class=\"note\">validate-policy over every ")
                .append(d.documents().size()).append(" policy documents of the ").append(d.ruleBook() ? "stack" : "account")
                .append(", each as IAM attaches it. ")
                .append("Lines and columns point into the rendered policy files (columns from 1, as editors count).</p>\n");
        if (d.findings().isEmpty()) {
            h.append("<p>No findings.</p></section>\n");
            return;
        }
        h.append("<table><thead><tr><th>Disposition</th><th>Type</th><th>Code</th><th>Resource</th><th>Where</th>")
                .append("<th>Details</th></tr></thead><tbody>\n");
        for (JudgedFinding.Disposition disposition : new JudgedFinding.Disposition[] {JudgedFinding.Disposition.BLOCKING,
                JudgedFinding.Disposition.WAIVED, JudgedFinding.Disposition.NON_BLOCKING}) {
            for (JudgedFinding jf : d.findings(disposition)) {
                row(h, jf, files);
            }
        }
        h.append("</tbody></table></section>\n");
    }

    private static void row(StringBuilder h, JudgedFinding jf, Map<String, String> files) {
        Finding f = jf.finding().finding();
        String word = Labels.word(jf.disposition());
        h.append("<tr class=\"finding ").append(word).append("\"><td><span class=\"badge b-").append(word).append("\">")
                .append(word.toUpperCase(java.util.Locale.ROOT)).append("</span></td><td>").append(f.findingType())
                .append("</td><td><code>");
        if (f.learnMoreLink().startsWith("https://")) {
            h.append("<a href=\"").append(escape(f.learnMoreLink())).append("\">").append(escape(f.issueCode())).append("</a>");
        } else {
            h.append(escape(f.issueCode()));
        }
        h.append("</code></td><td><code>").append(escape(jf.finding().document().resource())).append("</code><br>")
                .append(escape(jf.finding().document().label())).append("</td><td class=\"mono\">");
        String file = files.get(jf.finding().document().id());
        if (file != null) {
            h.append("<a href=\"").append(escape(file)).append("\">").append(escape(file)).append("</a>");
        }
        if (!f.locations().isEmpty()) {
            Location l = f.locations().get(0);
            h.append("<br>line ").append(l.span().start().line()).append(", column ").append(l.span().start().column() + 1)
                    .append("<br>").append(escape(l.path().toString()));
        }
        h.append("</td><td>").append(escape(f.findingDetails()));
        jf.waiver().ifPresent(w -> h.append("<br><strong>exception</strong> (line ").append(w.line()).append("): ")
                .append(escape(w.justification())).append(" — ").append(escape(w.owner())).append(", until ").append(w.expires()));
        h.append("</td></tr>\n");
    }
}
