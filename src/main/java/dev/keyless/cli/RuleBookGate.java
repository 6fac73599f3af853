package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.gate.BlockingTypes;
import dev.keyless.gate.Gate;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.Waivers;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.policy.lint.ValidationResult;
import dev.keyless.progress.Progress;
import dev.keyless.report.ConsoleReport;
import dev.keyless.report.ReportSet;
import dev.keyless.report.RunInfo;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.stack.StackSnapshot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs the rule book against a snapshot, lets the gate judge the run (findings, exceptions, blocking
 * types), prints a reviewer's summary, writes the reports, and turns the verdict into an exit code:
 * 0 when nothing blocks, 2 when something does, 1 when the rule book could not run or a scenario
 * could not be judged (a live call failed inside a step): then the run ends with one line on stderr
 * saying why, and is never read as a pass or as a violation.
 */
final class RuleBookGate {

    /** After a tool error AWS is not asked again: the run cannot pass, and its findings are not collected. */
    private static final PolicyValidator NOT_COLLECTED = request -> new ValidationResult(List.of());

    private RuleBookGate() {}

    /** An offline run of the offline scenarios. */
    static int judge(String verb, StackSnapshot stack, Path features, Optional<Path> reportDir, GateOptions gate,
                     PrintWriter out) {
        return judge(verb, stack, features, reportDir, gate, out, Backends.offline(), RuleBook.OFFLINE_TAGS);
    }

    /** A run on the given backends (offline or live) of the scenarios the tag expression selects. */
    static int judge(String verb, StackSnapshot stack, Path features, Optional<Path> reportDir, GateOptions gate,
                     PrintWriter out, Backends backends, String tags) {
        if (!Files.isDirectory(features)) {
            throw new UserError("no rule book at " + features + " (run from a keyless checkout, or pass --features DIR)");
        }
        BlockingTypes blocking = gate.blocking();
        Waivers waivers = gate.waivers();
        RuleBook.Options options = new RuleBook.Options(features, tags, Optional.empty());
        if (reportDir.isPresent()) {
            try {
                Files.createDirectories(reportDir.get());
            } catch (IOException e) {
                throw new UserError("cannot create the report folder " + reportDir.get() + ": " + e.getMessage());
            }
            options = options.withReportDir(reportDir.get().toAbsolutePath());
        }
        String mode = backends.mode().mode().label();
        out.printf("keyless %s · mode: %s · stack: %s/%s (%s)%n", verb, mode, stack.project(), stack.stack(), stack.source());
        if (backends.mode().live()) {
            backends.mode().backendLines().forEach(l -> out.printf("  %s%n", l));
        }
        out.flush();
        long started = System.nanoTime();
        RuleBookResult result;
        GateDecision decision;
        Backends.use(backends);
        try {
            result = RuleBook.run(stack, options, Progress.onTerminal("rule book"));
            decision = Gate.decide(stack, result, result.errors().isEmpty() ? backends.validator() : NOT_COLLECTED,
                    waivers, blocking);
        } finally {
            Backends.reset();
        }
        int exit = exitCode(result, decision);
        ConsoleReport.print(decision, exit, out);
        if (backends.mode().live()) {
            awsRequests(backends.requestCounts(), System.nanoTime() - started, out);
        }
        if (reportDir.isPresent()) {
            RunInfo run = new RunInfo(verb, mode, stack.project(), stack.stack(), stack.source(), Version.current(),
                    IamCatalog.builtIn().source().toString(), blocking.names(), waivers.source(), exit);
            out.printf("Reports: %s%n", writeReports(reportDir.get(), run, stack, decision));
        }
        out.flush();
        if (exit == ExitCode.TOOL_ERROR) {
            throw new UserError(result.toolError().orElse("a scenario could not be judged"));
        }
        return exit;
    }

    /** Any scenario that could not be judged makes the run a tool error; then what blocks; else a pass. */
    static int exitCode(RuleBookResult result, GateDecision decision) {
        if (!result.errors().isEmpty()) {
            return ExitCode.TOOL_ERROR;
        }
        return decision.blocked() ? ExitCode.VIOLATIONS : ExitCode.OK;
    }

    /** Every request of the run (rule book and gate), retries included: custom policy checks are billed per call. */
    private static void awsRequests(Map<String, Integer> counts, long nanos, PrintWriter out) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("AWS: %d requests in %.1f s%s%n", total, nanos / 1e9, total == 0 ? "" : " (" + new TreeMap<>(counts)
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
    }

    private static Path writeReports(Path dir, RunInfo run, StackSnapshot stack, GateDecision decision) {
        try {
            return ReportSet.write(dir, run, stack, decision);
        } catch (IOException e) {
            throw new UserError("cannot write the reports to " + dir + ": " + e.getMessage());
        }
    }
}
