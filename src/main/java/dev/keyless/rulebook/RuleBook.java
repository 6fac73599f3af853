package dev.keyless.rulebook;

import dev.keyless.compliance.Violation;
import dev.keyless.progress.Progress;
import dev.keyless.stack.StackSnapshot;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the rule book ({@code features/}) against one stack snapshot through the JUnit Platform, the
 * same engine {@code make test} uses, and collects each scenario's outcome.
 */
public final class RuleBook {

    /** Scenarios tagged {@code @live} need AWS and are left out of offline runs. */
    public static final String OFFLINE_TAGS = "not @live";
    /** Before a deploy, live: every scenario except those about the deployed stack. */
    public static final String LIVE_TAGS = "not @deployed";
    /** After a deploy: only the scenarios about the deployed stack. */
    public static final String DEPLOYED_TAGS = "@deployed";
    public static final String GLUE = "dev.keyless.rulebook.steps";

    /** Where the features are, which to run, and where Cucumber's own reports go (if anywhere). */
    public record Options(Path features, String tagExpression, Optional<Path> reportDir) {

        public static Options offline(Path features) {
            return new Options(features, OFFLINE_TAGS, Optional.empty());
        }

        /** The scenarios a run of this mode judges: offline ones, or every pre-deploy one live. */
        public static Options of(RunMode.Mode mode, Path features) {
            return new Options(features, mode == RunMode.Mode.LIVE ? LIVE_TAGS : OFFLINE_TAGS, Optional.empty());
        }

        public static Options deployed(Path features) {
            return new Options(features, DEPLOYED_TAGS, Optional.empty());
        }

        public Options withReportDir(Path dir) {
            return new Options(features, tagExpression, Optional.of(dir));
        }
    }

    private RuleBook() {}

    public static RuleBookResult run(StackSnapshot stack, Options options) {
        return run(stack, options, Progress.NONE);
    }

    /** As {@link #run(StackSnapshot, Options)}, reporting each finished scenario to {@code progress}. */
    public static RuleBookResult run(StackSnapshot stack, Options options, Progress progress) {
        if (!Files.isDirectory(options.features())) {
            throw new IllegalArgumentException("no rule book at " + options.features());
        }
        StackUnderReview.set(stack);
        ToolErrors.clear();
        ScenarioViolations.clear();
        RoleDecisions.clear();
        try {
            Collector collector = new Collector(progress);
            LauncherFactory.create().execute(request(options), collector);
            return new RuleBookResult(collector.results, Backends.current().mode(), Backends.current().requestCounts(),
                    RoleDecisions.take());
        } finally {
            progress.finish();
            StackUnderReview.clear();
            ToolErrors.clear();
        }
    }

    private static LauncherDiscoveryRequest request(Options options) {
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectDirectory(options.features().toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                // Scenarios of the other modes are left out of the plan, not reported as skipped.
                .filters(TagFilter.includeTags(junitTags(options.tagExpression())))
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter("cucumber.filter.tags", options.tagExpression())
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
                .configurationParameter("cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
        options.reportDir().ifPresent(dir -> b.configurationParameter("cucumber.plugin",
                "html:" + dir.resolve("rule-book.html")
                        + ", message:" + dir.resolve("rule-book.ndjson")));
        return b.build();
    }

    /**
     * The same expression in the JUnit Platform's syntax (Cucumber's tags are the scenarios' JUnit
     * tags without the {@code @}): {@code not @live} is {@code !live}, {@code and} is {@code &}.
     */
    static String junitTags(String cucumberExpression) {
        return cucumberExpression.replace("@", "").replaceAll("\\bnot\\s+", "!").replaceAll("\\s+and\\s+", " & ")
                .replaceAll("\\s+or\\s+", " | ");
    }

    /** Collects scenario outcomes; feature names come from the scenario's parent in the plan. */
    private static final class Collector implements TestExecutionListener {
        private final List<ScenarioResult> results = new ArrayList<>();
        private final Progress progress;
        private TestPlan plan;
        private long total;

        Collector(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            this.plan = testPlan;
            this.total = testPlan.countTestIdentifiers(TestIdentifier::isTest);
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                results.add(result(id, ScenarioResult.Status.SKIPPED, Optional.of(reason)));
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult outcome) {
            if (!id.isTest()) {
                return;
            }
            if (outcome.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                results.add(result(id, ScenarioResult.Status.PASSED, Optional.empty()));
            } else if (outcome.getStatus() == TestExecutionResult.Status.ABORTED) {
                results.add(result(id, ScenarioResult.Status.SKIPPED, outcome.getThrowable().map(Throwable::getMessage)));
            } else if (outcome.getThrowable().filter(t -> !(t instanceof AssertionError)).isPresent()) {
                Throwable t = outcome.getThrowable().get();
                ToolErrors.record(t);
                results.add(result(id, ScenarioResult.Status.ERROR, Optional.of(ToolErrors.describe(t))));
            } else {
                results.add(result(id, ScenarioResult.Status.FAILED,
                        Optional.of(outcome.getThrowable().map(Throwable::getMessage).map(String::valueOf).orElse("failed"))));
            }
        }

        /** The scenario's outcome, with the violations its steps reported (taken, so the next starts empty). */
        private ScenarioResult result(TestIdentifier id, ScenarioResult.Status status, Optional<String> reason) {
            progress.update(results.size() + 1, total, id.getDisplayName());
            List<Violation> violations = ScenarioViolations.take();
            return new ScenarioResult(feature(id).getDisplayName(), id.getDisplayName(),
                    id.getTags().stream().map(TestTag::getName).collect(Collectors.toSet()), status, reason,
                    status == ScenarioResult.Status.FAILED ? violations : List.of());
        }

        /** The feature a scenario belongs to: its ancestor just below the engine, past outlines and examples. */
        private TestIdentifier feature(TestIdentifier id) {
            TestIdentifier node = id;
            Optional<TestIdentifier> parent = plan.getParent(node);
            while (parent.isPresent() && plan.getParent(parent.get()).isPresent()) {
                node = parent.get();
                parent = plan.getParent(node);
            }
            return node;
        }
    }
}
