package dev.keyless.bench;

import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.SimulationRequest;
import dev.keyless.policy.eval.wire.SimulationRequestJson;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread, warm, in-process throughput of the evaluator on the realistic mix: requests already
 * read into {@link SimulationRequest}s (JSON reading is measured by the batch benchmark). Goal:
 * at least 200,000 evaluations per second.
 */
public final class EvaluatorThroughput {

    private EvaluatorThroughput() {}

    public static void main(String[] args) throws EvaluationException {
        List<SimulationRequest> requests = new ArrayList<>();
        for (String json : RequestMix.requests(20_000, 7L)) {
            requests.add(SimulationRequestJson.read(json));
        }
        OfflineEvaluator evaluator = new OfflineEvaluator();
        long sink = 0;
        for (int round = 0; round < 15; round++) {
            sink += pass(evaluator, requests);
        }
        int rounds = 25;
        long evaluations = 0;
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            evaluations += pass(evaluator, requests);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("evaluator: %,.0f evaluations/s, %,.0f requests/s (single thread, warm, %d distinct policies compiled)%n",
                evaluations / seconds, rounds * requests.size() / seconds, evaluator.compiledPolicies());
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long pass(OfflineEvaluator evaluator, List<SimulationRequest> requests) throws EvaluationException {
        long n = 0;
        for (SimulationRequest r : requests) {
            n += evaluator.simulateCustomPolicy(r).size();
        }
        return n;
    }
}
