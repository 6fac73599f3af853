package dev.keyless.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as a reviewer sees it: index.html of a run with violations opened in a real browser engine
 * (WebKit, headless: {@link HeadlessWebKit}, from Maven Central). Every scenario row and the access graph's boxes must be laid out with a size (not hidden,
 * not empty), Cucumber's own report must render its scenarios, and a screenshot of the whole page is
 * kept in target/report-screenshots/ for a person to look at.
 */
class ReportInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCREENSHOTS = Path.of("target/report-screenshots");
    private static ReportRun run;

    private static final String CHECKS = """
            (() => {
              const shown = el => { if (!el) return false; const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                return r.width > 0 && r.height > 0 && s.display !== 'none' && s.visibility !== 'hidden' && +s.opacity > 0; };
              const rows = [...document.querySelectorAll('#scenarios tr.scenario')];
              const svg = document.querySelector('#access-graph svg');
              const nodes = svg ? [...svg.querySelectorAll('g.node')] : [];
              return JSON.stringify({
                rows: rows.length, shownRows: rows.filter(shown).length,
                scenarios: rows.map(r => r.cells[1].innerText.trim()),
                failedRows: rows.filter(r => r.classList.contains('failed')).length,
                graphShown: shown(svg), graphWidth: svg ? Math.round(svg.getBoundingClientRect().width) : 0,
                nodes: nodes.length, drawnNodes: nodes.filter(n => n.getBBox().width > 0 && n.getBBox().height > 0).length,
                titles: nodes.map(n => n.querySelector('title').textContent.split('\\n')[0]),
                mode: document.getElementById('run-mode').innerText,
                cucumberFrame: shown(document.querySelector('iframe.cucumber')),
                width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight
              });
            })()""";

    @BeforeAll
    static void reports() {
        run = ReportRun.of("browser", "insecure-perms-s3-star");
    }

    @Test
    void the_index_shows_every_scenario_and_the_access_graph_in_a_real_browser() throws Exception {
        JsonNode summary = run.json("keyless-summary.json");
        List<String> scenarios = new ArrayList<>();
        summary.get("Scenarios").forEach(s -> scenarios.add(s.get("scenario").asText()));
        JsonNode page;
        try (HeadlessWebKit browser = new HeadlessWebKit()) {
            browser.open(run.dir().resolve("index.html"));
            page = JSON.readTree(browser.evaluate(CHECKS));
            Path png = SCREENSHOTS.resolve("index-insecure-perms-s3-star.png");
            browser.screenshot(png, page.get("width").asInt(), Math.min(page.get("height").asInt(), 16000));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(page.get("width").asInt());
            assertThat(distinctColours(image)).as("the screenshot shows a page, not a blank").isGreaterThan(50);
        }
        assertThat(page.get("rows").asInt()).isEqualTo(scenarios.size());
        assertThat(page.get("shownRows").asInt()).isEqualTo(scenarios.size());
        List<String> shown = new ArrayList<>();
        page.get("scenarios").forEach(s -> shown.add(s.asText()));
        assertThat(shown).containsExactlyElementsOf(scenarios);
        assertThat(page.get("failedRows").asInt()).isEqualTo(summary.get("ScenarioCounts").get("FAILED").asInt()).isPositive();
        assertThat(page.get("graphShown").asBoolean()).isTrue();
        assertThat(page.get("graphWidth").asInt()).isGreaterThan(1000);
        assertThat(page.get("drawnNodes").asInt()).isEqualTo(page.get("nodes").asInt()).isGreaterThan(15);
        assertThat(page.get("titles").toString()).contains("s3-reader-role", "s3-read-policy", "data-bucket", "s3:*");
        assertThat(page.get("mode").asText()).isEqualTo("offline");
        assertThat(page.get("cucumberFrame").asBoolean()).isTrue();
    }

    @Test
    void cucumbers_own_report_renders_the_run_and_opens_the_failing_features() throws Exception {
        JsonNode counts = run.json("keyless-summary.json").get("ScenarioCounts");
        int total = run.json("keyless-summary.json").get("Scenarios").size();
        String ratio = "(" + counts.get("PASSED").asInt() + " / " + total + ") passed";
        try (HeadlessWebKit browser = new HeadlessWebKit()) {
            browser.open(run.dir().resolve("rule-book.html"));
            String text = "";
            // Cucumber's page is a React app: the header renders before the features do
            for (int i = 0; i < 200 && !(text.contains(ratio) && text.contains("is allowed, not denied")); i++) {
                Thread.sleep(100);
                text = browser.evaluate("document.body.innerText");
            }
            assertThat(text).contains(ratio, "Feature:What AWS decides for the role",
                    "s3:PutObject on arn:aws:s3:::keyless-data-20260101000000000000000001/reports/2026/q3.csv is allowed, not denied");
            int height = Integer.parseInt(browser.evaluate("String(document.documentElement.scrollHeight)"));
            browser.screenshot(SCREENSHOTS.resolve("rule-book-insecure-perms-s3-star.png"), 1400, Math.min(height, 8000));
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
