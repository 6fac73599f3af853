package dev.keyless.report;

import dev.keyless.compliance.StackIndex;
import dev.keyless.infra.FederationSettings;
import dev.keyless.infra.Setting;
import dev.keyless.report.graph.AccessGraph;
import dev.keyless.report.graph.AccessGraphBuilder;
import dev.keyless.report.graph.AccessGraphSvg;
import dev.keyless.report.graph.GraphNode;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports of a stack with several workloads: a band per workload, and what lies outside the stack. */
class WorkloadReportsTest {

    @Test
    void the_access_graph_draws_each_workload_in_a_band_of_its_own_named_after_it() {
        ReportRun run = ReportRun.of("workloads", "compliant-workloads-rendered");
        String svg = run.text("access-graph.svg");
        assertThat(svg).contains(">workload reports</text>", ">workload ingest</text>", ">workload audit</text>");
        assertThat(svg).contains("a bucket outside the stack:", "exists outside the stack");
    }

    @Test
    void the_index_says_what_the_stack_does_not_hold_and_so_was_not_judged() {
        ReportRun run = ReportRun.of("workloads-outside", "compliant-workloads-rendered");
        String index = run.text("index.html");
        assertThat(index).contains("<h2>Outside the stack: not judged</h2>")
                .contains("Bucket arn:aws:s3:::acme-shared-data (workload ingest, workload audit) exists outside the stack: its own"
                        + " bucket policy, ACLs, public access block and encryption")
                .contains("Service account ingest-runner@keyless-example.iam.gserviceaccount.com (workload ingest) exists outside the stack");
        assertThat(ReportRun.of("single", "compliant-rendered").text("index.html")).doesNotContain("outside-the-stack");
    }

    @Test
    void fifty_workloads_stay_readable_each_band_holding_only_its_own_chain() {
        String json = IntStream.range(0, 50).mapToObj(i -> "{\"name\": \"w" + i + "\", \"serviceAccountId\": \"reader-" + i
                + "\", \"vm\": false" + (i % 2 == 0 ? "" : ", \"bucket\": \"acme-shared\", \"prefixes\": [\"w" + i + "/\"]") + "}")
                .collect(Collectors.joining(",", "[", "]"));
        StackSnapshot stack = MockedStack.render(FederationSettings.fromValues(Map.of(Setting.GCP_PROJECT.key(), "keyless-example",
                Setting.AWS_REGION.key(), "us-east-1", Setting.WORKLOADS.key(), json)));
        AccessGraph graph = AccessGraphBuilder.build(StackIndex.of(stack), List.of(), List.of());
        Set<String> groups = graph.nodes().stream().map(GraphNode::group).collect(Collectors.toSet());
        assertThat(groups).as("one band per workload; the buckets' own policies are drawn in their bands").hasSize(50);
        for (int i = 0; i < 50; i++) {
            String w = "w" + i;
            List<GraphNode> band = graph.nodes().stream().filter(n -> n.group().equals(w)).toList();
            // account, token, trust, role, policy, two actions, bucket and objects (or the prefix)
            assertThat(band.size()).as(w).isBetween(7, 14);
        }
        graph.edges().forEach(e -> assertThat(graph.node(e.from()).orElseThrow().group())
                .as("an edge stays in its band: " + e).isEqualTo(graph.node(e.to()).orElseThrow().group()));
        String svg = AccessGraphSvg.render(graph, "fifty");
        assertThat(svg).contains(">workload w0</text>", ">workload w49</text>");
    }
}
