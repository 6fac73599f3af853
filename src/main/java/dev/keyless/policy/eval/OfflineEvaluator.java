package dev.keyless.policy.eval;

import java.util.List;

/**
 * The offline backend: AWS's evaluation logic in process, no network and no credentials. Thread-safe;
 * compiled policies are shared through one cache per instance.
 */
public final class OfflineEvaluator implements Evaluator, PolicySimulator {

    private final PolicyCache cache = new PolicyCache();

    @Override
    public EvaluationResult evaluate(Request request) throws EvaluationException {
        return simulateCustomPolicy(request.toSimulation()).get(0);
    }

    @Override
    public List<EvaluationResult> simulateCustomPolicy(SimulationRequest request) throws EvaluationException {
        return Simulation.prepare(request, cache).run(request);
    }

    @Override
    public String backend() {
        return "offline";
    }

    /** Distinct (policy text, use) pairs compiled so far; for tests and benchmarks. */
    public int compiledPolicies() {
        return cache.size();
    }
}
