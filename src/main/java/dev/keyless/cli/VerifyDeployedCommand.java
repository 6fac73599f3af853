package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RunMode;
import dev.keyless.stack.DeployedBinding;
import dev.keyless.stack.StackExportException;
import dev.keyless.stack.StackOutputs;
import dev.keyless.stack.StackSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code keyless verify-deployed}: after {@code pulumi up}, the deployed role read back from IAM and
 * judged by the rule book's {@code @deployed} scenarios: drift against the reviewed documents (the
 * program rendered with the deployed stack's identifiers) and IAM's own decisions for the role's ARN.
 * Always live: there is nothing deployed to ask offline.
 */
@Command(name = "verify-deployed",
        header = "After 'pulumi up': the deployed role's drift and IAM's decisions (live).",
        mixinStandardHelpOptions = true,
        description = {"After 'pulumi up': read the deployed role back from IAM (by the roleArn in the stack's outputs),",
                "check it has not drifted from the reviewed documents, and ask IAM's simulator about it by its ARN.",
                "Always live (AWS credentials needed). Exit 0 compliant, 2 violations, 1 tool error."})
public final class VerifyDeployedCommand implements Callable<Integer> {

    @Option(names = "--stack-outputs", required = true, paramLabel = "FILE",
            description = "The deployed stack's outputs: pulumi stack output --json > FILE (file path or file://path)")
    String stackOutputs;

    @picocli.CommandLine.Mixin
    RuleBookOptions book = new RuleBookOptions();

    @picocli.CommandLine.Mixin
    ProgramOptions program = new ProgramOptions();

    @picocli.CommandLine.Mixin
    GateOptions gate = new GateOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String env = System.getenv(RunMode.ENV);
        if (RunMode.choose(false, env) == RunMode.Mode.OFFLINE && env != null && !env.isBlank()) {
            throw new UserError("verify-deployed asks AWS about the deployed role and has no offline mode, but "
                    + RunMode.ENV + "=" + env + "; unset it (or set it to live) to run it");
        }
        gate.waivers();
        StackSnapshot bound;
        String roleArn;
        try {
            StackOutputs outputs = StackOutputs.read(Inputs.path(stackOutputs), "--stack-outputs");
            roleArn = outputs.require("roleArn");
            bound = DeployedBinding.bind(program.render(), outputs);
        } catch (StackExportException e) {
            throw new UserError("--stack-outputs: " + e.getMessage());
        }
        Path rules = book.features();
        try (Backends backends = Backends.deployed(roleArn).requireCredentials()) {
            return RuleBookGate.judge("verify-deployed", bound, rules, book.reportDir(), gate,
                    spec.commandLine().getOut(), backends, RuleBook.DEPLOYED_TAGS);
        }
    }
}
