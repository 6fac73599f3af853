package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code keyless render-stack}: the program under mocks, written as a {@code pulumi stack export}. */
@Command(name = "render-stack",
        header = "Write the mocked stack as a pulumi stack export (version 3).",
        mixinStandardHelpOptions = true,
        description = {"Render the Pulumi program under mocks (fake ids, no cloud) and write it as a",
                "`pulumi stack export` file (deployment version 3): what check-stack judges."})
final class RenderStackCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the export here (default: standard output).")
    Path out;

    @CommandLine.Mixin
    ProgramOptions program = new ProgramOptions();

    @Override
    public Integer call() {
        StackSnapshot snapshot = program.render();
        if (out == null) {
            spec.commandLine().getOut().print(StackExportFile.write(snapshot));
            spec.commandLine().getOut().flush();
        } else {
            try {
                StackExportFile.write(snapshot, out);
            } catch (IOException e) {
                throw new UserError("--out: cannot write " + out + ": " + e.getMessage());
            }
            spec.commandLine().getErr().println("keyless: wrote " + snapshot.resources().size()
                    + " resources of stack " + snapshot.stack() + " to " + out);
        }
        return ExitCode.OK;
    }
}
