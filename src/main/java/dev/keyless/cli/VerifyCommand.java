package dev.keyless.cli;

import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code keyless verify}: the gate — the program rendered under mocks, judged by the rule book, offline
 * by default or live ({@code --live} / {@code KEYLESS_MODE=live}) against AWS itself.
 */
@Command(name = "verify",
        header = "The gate: render the Pulumi program under mocks and judge it with the rule book.",
        mixinStandardHelpOptions = true,
        description = {"Render the Pulumi program under mocks and judge it with the rule book: offline by default,",
                "live against IAM Access Analyzer and the IAM simulator with --live or KEYLESS_MODE=live.",
                "This is the gate before 'pulumi up'. Exit 0 compliant, 2 violations, 1 tool error."})
public final class VerifyCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    RuleBookOptions book = new RuleBookOptions();

    @picocli.CommandLine.Mixin
    ProgramOptions program = new ProgramOptions();

    @picocli.CommandLine.Mixin
    ModeOption mode = new ModeOption();

    @picocli.CommandLine.Mixin
    GateOptions gate = new GateOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return mode.judge("verify", program::render, book.features(),
                book.reportDir(), gate, spec.commandLine().getOut());
    }
}
