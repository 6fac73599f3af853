package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.rulebook.ScenarioResult;
import dev.keyless.stack.StackSnapshot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs the rule book against a snapshot, prints a reviewer's summary, and turns the outcome into an
 * exit code: 0 when every scenario passed, 2 when any failed, 1 when the rule book could not run.
 */
final class RuleBookGate {

    private RuleBookGate() {}

    static int judge(String verb, StackSnapshot stack, Path features, Optional<Path> reportDir, PrintWriter out) {
        if (!Files.isDirectory(features)) {
            throw new UserError("no rule book at " + features + " (run from a keyless checkout, or pass --features DIR)");
        }
        RuleBook.Options options = RuleBook.Options.offline(features);
        if (reportDir.isPresent()) {
            try {
                Files.createDirectories(reportDir.get());
            } catch (IOException e) {
                throw new UserError("cannot create the report folder " + reportDir.get() + ": " + e.getMessage());
            }
            options = options.withReportDir(reportDir.get().toAbsolutePath());
        }
        out.printf("keyless %s · mode: offline · stack: %s/%s (%s)%n", verb, stack.project(), stack.stack(), stack.source());
        RuleBookResult result = RuleBook.run(stack, options);
        for (ScenarioResult s : result.scenarios()) {
            out.printf("  %-4s  %s › %s%n", label(s.status()), s.feature(), s.scenario());
            if (s.status() == ScenarioResult.Status.FAILED) {
                for (String line : s.reason().orElse("").split("; ")) {
                    out.printf("          %s%n", line);
                }
            }
        }
        int exit = result.compliant() ? ExitCode.OK : ExitCode.VIOLATIONS;
        if (result.scenarios().isEmpty()) {
            out.println("No scenario ran: the rule book proved nothing, so the gate fails.");
        }
        out.printf("%d scenarios: %d passed, %d failed, %d skipped → %s (exit %d)%n", result.scenarios().size(),
                result.passedCount(), result.failed().size(),
                result.scenarios().size() - result.passedCount() - result.failed().size(),
                exit == ExitCode.OK ? "COMPLIANT" : "VIOLATIONS", exit);
        reportDir.ifPresent(d -> out.printf("Report: %s%n", d.resolve("rule-book.html")));
        out.flush();
        return exit;
    }

    private static String label(ScenarioResult.Status status) {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case SKIPPED -> "SKIP";
        };
    }
}
