package dev.keyless.report;

import dev.keyless.compliance.StackIndex;
import dev.keyless.gate.GateDecision;
import dev.keyless.io.AwsCliJson;
import dev.keyless.report.graph.AccessGraph;
import dev.keyless.report.graph.AccessGraphBuilder;
import dev.keyless.report.graph.AccessGraphSvg;
import dev.keyless.stack.StackSnapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the report folder of one run next to the Cucumber reports the rule book wrote there:
 * {@code index.html} (the page to open), {@code access-graph.svg}, {@code keyless.sarif},
 * {@code keyless-junit.xml}, {@code keyless-summary.json} and {@code policies/*.json}.
 */
public final class ReportSet {

    public static final String INDEX = "index.html";

    private ReportSet() {}

    /** Writes every report and returns the index page. */
    public static Path write(Path dir, RunInfo run, StackSnapshot stack, GateDecision decision) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> files = PolicyFiles.write(dir, decision.documents());
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("this page", INDEX);
        reports.put("access graph (SVG)", "access-graph.svg");
        reports.put("SARIF 2.1.0 of every policy finding, for code scanning", "keyless.sarif");
        reports.put("JUnit XML, one testcase per scenario, for CI dashboards", "keyless-junit.xml");
        reports.put("summary JSON (BlockingFindings, NonBlockingFindings, Scenarios, ExitCode)", "keyless-summary.json");
        reports.put("Cucumber's HTML report of the rule-book run", "rule-book.html");
        reports.put("Cucumber's messages of the run (NDJSON)", "rule-book.ndjson");
        documentFiles(decision, files, reports);

        StackIndex index = StackIndex.of(stack);
        AccessGraph graph = AccessGraphBuilder.build(index, decision.documents(), decision.roleDecisions());
        String svg = AccessGraphSvg.render(graph, "Access graph of " + run.stackName());
        write(dir.resolve("access-graph.svg"), svg);
        write(dir.resolve("keyless.sarif"), AwsCliJson.pretty(SarifReport.build(run, decision, files, uriPrefix(dir))) + "\n");
        write(dir.resolve("keyless-junit.xml"), JunitReport.render(run, decision));
        write(dir.resolve("keyless-summary.json"), AwsCliJson.pretty(SummaryReport.build(run, decision, files, reports)) + "\n");
        Path page = dir.resolve(INDEX);
        write(page, HtmlReport.render(run, decision, svg, files, reports, OutsideTheStack.notes(index)));
        return page;
    }

    /**
     * Writes the reports of an account run ({@code validate-account}): the same SARIF, summary JSON
     * (with a {@code Principals} list added) and policy files as the gate's, and an {@code index.html}
     * of principals and policies instead of scenarios; returns the index page.
     */
    public static Path writeAccount(Path dir, RunInfo run, GateDecision decision, AccountSummary summary) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> files = PolicyFiles.write(dir, decision.documents());
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("this page", INDEX);
        reports.put("SARIF 2.1.0 of every policy finding, for code scanning", "keyless.sarif");
        reports.put("summary JSON (BlockingFindings, NonBlockingFindings, Principals, ExitCode)", "keyless-summary.json");
        documentFiles(decision, files, reports);
        write(dir.resolve("keyless.sarif"), AwsCliJson.pretty(SarifReport.build(run, decision, files, uriPrefix(dir))) + "\n");
        var json = SummaryReport.build(run, decision, files, reports);
        json.set("Principals", summary.json());
        summary.notInFile().forEach(json.putArray("NotValidated")::add);
        write(dir.resolve("keyless-summary.json"), AwsCliJson.pretty(json) + "\n");
        Path index = dir.resolve(INDEX);
        write(index, AccountHtmlReport.render(run, decision, summary, files, reports));
        return index;
    }

    /** One entry per policy document written, keyed by what it is (a shared key would keep only the last). */
    private static void documentFiles(GateDecision decision, Map<String, String> files, Map<String, String> reports) {
        decision.documents().stream().filter(d -> files.containsKey(d.id()))
                .forEach(d -> reports.put("policy document of " + d.label() + ", as validated", files.get(d.id())));
    }

    /**
     * Code scanning resolves a relative artifact URI against the repository root, the folder keyless
     * runs in; a report folder elsewhere gets absolute {@code file:} URIs.
     */
    private static String uriPrefix(Path dir) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.startsWith(cwd)) {
            String rel = cwd.relativize(abs).toString().replace('\\', '/');
            return rel.isEmpty() ? "" : rel + "/";
        }
        String uri = abs.toUri().toString();
        // Not replaceAll("/?$", "/"): that also replaces the empty match after a final slash, giving "//".
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
