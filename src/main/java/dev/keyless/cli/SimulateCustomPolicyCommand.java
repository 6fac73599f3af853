package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.io.InputLimit;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.eval.SimulationRequest;
import dev.keyless.policy.eval.wire.BatchSimulation;
import dev.keyless.policy.jsonl.JsonLinesBatch;
import dev.keyless.policy.eval.wire.EvaluationResultsJson;
import dev.keyless.policy.eval.wire.SimulationRequestJson;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RunMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * {@code keyless simulate-custom-policy}: AWS's {@code SimulateCustomPolicy}, answered offline, or
 * ({@code --live}) by the IAM policy simulator itself, every page read. {@code --cli-input-json} takes
 * one request as {@code aws iam simulate-custom-policy} does and prints {@code {"EvaluationResults": [...]}};
 * {@code --batch} answers a JSON Lines file, one line per request, offline only.
 */
@Command(name = "simulate-custom-policy",
        header = "The IAM simulator's SimulateCustomPolicy, offline or live; --batch for JSON Lines.",
        mixinStandardHelpOptions = true,
        description = {"Simulate IAM policies offline, as the IAM policy simulator's SimulateCustomPolicy does.",
                "Role trust policies: put the trust policy in ResourcePolicy and name the caller with",
                "\"CallerPrincipal\": {\"Federated\": \"accounts.google.com\"}; PolicyInputList may then be empty.",
                "With --live the IAM simulator answers; it cannot evaluate role trust policies (aws-cli issue 10314),",
                "so such requests are refused live."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every request was answered", "1:bad input, or a request AWS would refuse (the batch still answers every line)"})
public final class SimulateCustomPolicyCommand implements Callable<Integer> {

    static final class Input {
        @Option(names = "--cli-input-json", paramLabel = "JSON",
                description = "A SimulateCustomPolicy request: file://PATH or the JSON itself.")
        String cliInputJson;

        @Option(names = "--batch", paramLabel = "FILE.jsonl",
                description = "One {\"id\":…,\"request\":{…}} per line ('-' for stdin); answers one line each.")
        String batch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--live", description = "Ask the IAM policy simulator instead of the offline evaluator (AWS"
            + " credentials needed; one request at a time, not with --batch). Same as KEYLESS_MODE=live.")
    boolean live;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final PolicySimulator simulator = new OfflineEvaluator();

    @Override
    public Integer call() throws IOException {
        RunMode.Mode mode = RunMode.choose(live);
        if (input.cliInputJson != null) {
            String json = Inputs.text(input.cliInputJson, "--cli-input-json", InputLimit.SIMULATION_REQUEST);
            try (Backends backends = Backends.select(mode)) {
                return single(json, backends.requestSimulator());
            }
        }
        if (mode == RunMode.Mode.LIVE) {
            throw new UserError("--batch answers offline only: a batch is thousands of requests, which the IAM simulator"
                    + " throttles; ask AWS one request at a time with --cli-input-json --live, or run the batch offline");
        }
        return batch(input.batch);
    }

    private int single(String json, PolicySimulator simulator) {
        try {
            SimulationRequest request = SimulationRequestJson.read(json);
            System.out.print(EvaluationResultsJson.response(simulator.simulateCustomPolicy(request)));
            System.out.flush();
            return ExitCode.OK;
        } catch (EvaluationException e) {
            throw new UserError("simulate-custom-policy: " + e.awsCode() + ": " + e.getMessage());
        }
    }

    private int batch(String file) {
        return Batches.run("simulate-custom-policy", file, spec.commandLine().getErr(), (in, out) -> {
            BatchSimulation.Summary s = new BatchSimulation(simulator).run(in, out);
            return new JsonLinesBatch.Summary(s.requests(), s.errors(), s.evaluations());
        });
    }
}
