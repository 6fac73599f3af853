package dev.keyless.cli;

import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RunMode;
import dev.keyless.stack.StackSnapshot;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code --live}, shared by the verbs that choose a mode: the mode is chosen once per run, from the
 * flag or {@code KEYLESS_MODE}, and everything in the run follows it.
 */
final class ModeOption {

    @Option(names = "--live", description = "Ask AWS (IAM Access Analyzer, the IAM simulator) instead of the offline "
            + "engines; AWS credentials needed. Same as KEYLESS_MODE=live.")
    boolean live;

    RunMode.Mode mode() {
        return RunMode.choose(live);
    }

    /** The rule book in the chosen mode: offline scenarios offline; every pre-deploy scenario live. */
    int judge(String verb, Supplier<StackSnapshot> stack, Path features, Optional<Path> reportDir, GateOptions gate,
              PrintWriter out) {
        // Chosen before the stack is loaded: a bad KEYLESS_MODE is reported at once.
        RunMode.Mode m = mode();
        gate.waivers();
        try (Backends backends = Backends.select(m).requireCredentials()) {
            StackSnapshot snapshot = stack.get();
            return RuleBookGate.judge(verb, snapshot, features, reportDir, gate, out, backends,
                    RuleBook.Options.of(m, features).tagExpression());
        }
    }
}
