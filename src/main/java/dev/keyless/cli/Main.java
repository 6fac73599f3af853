package dev.keyless.cli;

import dev.keyless.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code keyless} command. Verbs are registered explicitly, one class each. Every failure ends
 * in exit code 1 with one line on stderr; only an internal bug prints a stack trace.
 */
@Command(name = "keyless", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Keyless S3 access for GCP workloads, proven safe before it deploys.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command (see keyless --help)");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        Verbs.register(cl);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof UserError) {
                line.getErr().println("keyless: " + ex.getMessage());
                return ExitCode.TOOL_ERROR;
            }
            line.getErr().println("keyless: internal error: " + ex);
            ex.printStackTrace(line.getErr());
            return ExitCode.TOOL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println("keyless: " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.TOOL_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
