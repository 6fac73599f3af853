package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.stack.StackExportException;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code keyless check-stack}: the rule book against any {@code pulumi stack export} file. */
@Command(name = "check-stack",
        header = "Judge a pulumi stack export file with the rule book.",
        mixinStandardHelpOptions = true,
        description = {"Judge a stack export (pulumi stack export, deployment version 3) with the rule book:",
                "offline by default, live against AWS with --live or KEYLESS_MODE=live.",
                "Exit 0 compliant, 2 violations, 1 tool error."})
public final class CheckStackCommand implements Callable<Integer> {

    @Option(names = "--stack-export", required = true, paramLabel = "FILE",
            description = "the stack export to judge (file path or file://path)")
    String stackExport;

    @picocli.CommandLine.Mixin
    RuleBookOptions book = new RuleBookOptions();

    @picocli.CommandLine.Mixin
    ModeOption mode = new ModeOption();

    @picocli.CommandLine.Mixin
    GateOptions gate = new GateOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return mode.judge("check-stack", this::read, book.features(),
                book.reportDir(), gate, spec.commandLine().getOut());
    }

    private StackSnapshot read() {
        try {
            return StackExportFile.read(Inputs.path(stackExport), "--stack-export");
        } catch (StackExportException e) {
            throw new UserError("--stack-export: " + e.getMessage());
        }
    }
}
