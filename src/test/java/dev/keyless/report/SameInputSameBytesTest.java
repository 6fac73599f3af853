package dev.keyless.report;

import dev.keyless.gate.BlockingTypes;
import dev.keyless.gate.Gate;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.Waivers;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.rulebook.ScenarioResult;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports are generated, not drawn: the same stack and run give byte-identical files. */
class SameInputSameBytesTest {

    @Test
    void the_same_stack_and_run_give_the_same_reports_byte_for_byte() throws Exception {
        List<String> files = List.of("index.html", "access-graph.svg", "keyless-junit.xml",
                "keyless-summary.json", "policies/s3-read-policy.json");
        Path[] dirs = {ReportRun.ROOT.resolve("same-1"), ReportRun.ROOT.resolve("same-2")};
        for (Path dir : dirs) {
            StackSnapshot stack = StackExportFile.read(Path.of("policy-fixtures/stacks/insecure-perms-not-action.json"));
            RuleBookResult run = new RuleBookResult(List.of(new ScenarioResult("What the role can do", "No inverted grants",
                    Set.of(), ScenarioResult.Status.FAILED, Optional.of("1 violation: role s3-reader-role: NotAction"))));
            GateDecision d = Gate.decide(stack, run, new OfflinePolicyValidator(), Waivers.none(), BlockingTypes.DEFAULT);
            ReportSet.write(dir, new RunInfo("check-stack", "offline", stack.project(), stack.stack(), stack.source(),
                    "test", "test", BlockingTypes.DEFAULT.names(), Optional.empty(), 2), stack, d);
        }
        for (String f : files) {
            assertThat(Files.mismatch(dirs[0].resolve(f), dirs[1].resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Files.readString(dirs[0].resolve("keyless.sarif")).replace("same-1/", "same-2/"))
                .as("SARIF, apart from the report folder in its URIs").isEqualTo(Files.readString(dirs[1].resolve("keyless.sarif")));
        assertThat(Files.readString(dirs[0].resolve("access-graph.svg"))).as("the NotAction grant is drawn in red")
                .contains("class=\"node action danger\"");
    }
}
