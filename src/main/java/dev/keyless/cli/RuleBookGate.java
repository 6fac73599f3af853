package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.gate.BlockingTypes;
import dev.keyless.gate.Gate;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.Waivers;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.progress.Progress;
import dev.keyless.report.ConsoleReport;
import dev.keyless.report.ReportSet;
import dev.keyless.report.RunInfo;
import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.rulebook.RuleBookValidator;
import dev.keyless.stack.StackSnapshot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs the rule book against a snapshot, lets the gate judge the run (findings, exceptions, blocking
 * types), prints a reviewer's summary, writes the reports, and turns the verdict into an exit code:
 * 0 when nothing blocks, 2 when something does, 1 when the rule book could not run.
 */
final class RuleBookGate {

    private RuleBookGate() {}

    static int judge(String verb, StackSnapshot stack, Path features, Optional<Path> reportDir, GateOptions gate,
                     PrintWriter out) {
        if (!Files.isDirectory(features)) {
            throw new UserError("no rule book at " + features + " (run from a keyless checkout, or pass --features DIR)");
        }
        BlockingTypes blocking = gate.blocking();
        Waivers waivers = gate.waivers();
        RuleBook.Options options = RuleBook.Options.offline(features);
        if (reportDir.isPresent()) {
            try {
                Files.createDirectories(reportDir.get());
            } catch (IOException e) {
                throw new UserError("cannot create the report folder " + reportDir.get() + ": " + e.getMessage());
            }
            options = options.withReportDir(reportDir.get().toAbsolutePath());
        }
        String mode = "offline"; // issue 5 (live mode) takes this from the run's mode record
        out.printf("keyless %s · mode: %s · stack: %s/%s (%s)%n", verb, mode, stack.project(), stack.stack(), stack.source());
        RuleBookResult result = RuleBook.run(stack, options, Progress.onTerminal("rule book"));
        GateDecision decision = Gate.decide(stack, result, RuleBookValidator.current(), waivers, blocking);
        int exit = decision.blocked() ? ExitCode.VIOLATIONS : ExitCode.OK;
        ConsoleReport.print(decision, exit, out);
        if (reportDir.isPresent()) {
            RunInfo run = new RunInfo(verb, mode, stack.project(), stack.stack(), stack.source(), Version.current(),
                    IamCatalog.builtIn().source().toString(), blocking.names(), waivers.source(), exit);
            out.printf("Reports: %s%n", writeReports(reportDir.get(), run, stack, decision));
        }
        out.flush();
        return exit;
    }

    private static Path writeReports(Path dir, RunInfo run, StackSnapshot stack, GateDecision decision) {
        try {
            return ReportSet.write(dir, run, stack, decision);
        } catch (IOException e) {
            throw new UserError("cannot write the reports to " + dir + ": " + e.getMessage());
        }
    }
}
