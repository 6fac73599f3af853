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
        return configure(new CommandLine(new Main()), null);
    }

    /** The command line for {@code args}: only the verb being run is built, when there is one. */
    static CommandLine commandLine(String[] args) {
        return configure(new CommandLine(new Main()), args.length > 0 ? args[0] : null);
    }

    private static CommandLine configure(CommandLine cl, String verb) {
        if (verb == null || !Verbs.registerOnly(cl, verb)) {
            Verbs.register(cl);
        }
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
            if (c.getParent() == null && ex instanceof CommandLine.UnmatchedArgumentException && args.length > 0
                    && !args[0].startsWith("-")) {
                err.println("keyless: unknown command '" + args[0] + "'; the commands are: " + String.join(", ",
                        c.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
                err.println("Try 'keyless --help' for what each does.");
                return ExitCode.TOOL_ERROR;
            }
            err.println("keyless: " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.TOOL_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }
}
