package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.rulebook.ScenarioResult;
import dev.keyless.stack.StackSnapshot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the rule book against a snapshot, prints a reviewer's summary, and turns the outcome into an
 * exit code: 0 when every scenario passed, 2 when any failed, 1 when the rule book could not run or
 * a scenario could not be judged (a live call failed inside a step): then the run ends with one line
 * on stderr saying why, and is never read as a pass or as a violation.
 */
final class RuleBookGate {

    private RuleBookGate() {}

    /** An offline run of the offline scenarios. */
    static int judge(String verb, StackSnapshot stack, Path features, Optional<Path> reportDir, PrintWriter out) {
        return judge(verb, stack, features, reportDir, out, Backends.offline(), RuleBook.OFFLINE_TAGS);
    }

    /** A run on the given backends of the scenarios the tag expression selects. */
    static int judge(String verb, StackSnapshot stack, Path features, Optional<Path> reportDir, PrintWriter out,
                     Backends backends, String tags) {
        if (!Files.isDirectory(features)) {
            throw new UserError("no rule book at " + features + " (run from a keyless checkout, or pass --features DIR)");
        }
        RuleBook.Options options = new RuleBook.Options(features, tags, Optional.empty());
        if (reportDir.isPresent()) {
            try {
                Files.createDirectories(reportDir.get());
            } catch (IOException e) {
                throw new UserError("cannot create the report folder " + reportDir.get() + ": " + e.getMessage());
            }
            options = options.withReportDir(reportDir.get().toAbsolutePath());
        }
        out.printf("keyless %s · mode: %s · stack: %s/%s (%s)%n", verb, backends.mode().mode().label(), stack.project(),
                stack.stack(), stack.source());
        if (backends.mode().live()) {
            backends.mode().backendLines().forEach(l -> out.printf("  %s%n", l));
        }
        out.flush();
        long started = System.nanoTime();
        RuleBookResult result;
        Backends.use(backends);
        try {
            result = RuleBook.run(stack, options);
        } finally {
            Backends.reset();
        }
        for (ScenarioResult s : result.scenarios()) {
            out.printf("  %-4s  %s › %s%n", label(s.status()), s.feature(), s.scenario());
            if (s.status() == ScenarioResult.Status.FAILED || s.status() == ScenarioResult.Status.ERROR) {
                for (String line : s.reason().orElse("").split("; ")) {
                    out.printf("          %s%n", line);
                }
            }
        }
        int exit = exitCode(result);
        if (result.scenarios().isEmpty()) {
            out.println("No scenario ran: the rule book proved nothing, so the gate fails.");
        }
        out.printf("%d scenarios: %d passed, %d failed, %s%d skipped → %s (exit %d)%n", result.scenarios().size(),
                result.passedCount(), result.failed().size(),
                result.errors().isEmpty() ? "" : result.errors().size() + " not judged (tool error), ",
                result.skippedCount(), verdict(exit), exit);
        if (backends.mode().live()) {
            out.printf("AWS: %d requests in %.1f s%s%n", result.awsRequestTotal(), (System.nanoTime() - started) / 1e9,
                    result.awsRequestTotal() == 0 ? "" : " (" + result.awsRequestsByOperation().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        }
        reportDir.ifPresent(d -> out.printf("Report: %s%n", d.resolve("rule-book.html")));
        out.flush();
        if (exit == ExitCode.TOOL_ERROR && result.toolError().isPresent()) {
            throw new UserError(result.toolError().get());
        }
        return exit;
    }

    /** Any scenario that could not be judged makes the run a tool error; then any violation; else a pass. */
    static int exitCode(RuleBookResult result) {
        if (!result.errors().isEmpty()) {
            return ExitCode.TOOL_ERROR;
        }
        return result.compliant() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }

    private static String verdict(int exit) {
        return exit == ExitCode.OK ? "COMPLIANT" : exit == ExitCode.VIOLATIONS ? "VIOLATIONS" : "TOOL ERROR";
    }

    private static String label(ScenarioResult.Status status) {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERR";
            case SKIPPED -> "SKIP";
        };
    }
}
