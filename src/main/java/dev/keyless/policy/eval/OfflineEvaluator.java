package dev.keyless.policy.eval;

import java.util.List;

/**
 * The offline backend: AWS's evaluation logic in process, no network and no credentials. Thread-safe;
 * compiled policies are shared through one cache per instance.
 */
public final class OfflineEvaluator implements Evaluator, PolicySimulator, OpenWorldEvaluator {

    private final PolicyCache cache = new PolicyCache();

    @Override
    public EvaluationResult evaluate(Request request) throws EvaluationException {
        return simulateCustomPolicy(request.toSimulation()).get(0);
    }

    /**
     * Whether some request could be allowed, not whether this one is: keys the request does not carry
     * are taken as the caller chooses (IAM lets callers send service keys such as {@code iam:PolicyARN}
     * or {@code s3:prefix}, and leaves out what they do not send). {@code allowed} means some choice of
     * them allows the request; {@code explicitDeny} means a Deny applies whatever they are. The keys the
     * request carries (those AWS sets for every request of this caller) are evaluated as usual. Not an
     * IAM simulator answer: a rule's question "can this principal ever do this?".
     */
    @Override
    public EvaluationResult evaluateOpenWorld(Request request) throws EvaluationException {
        SimulationRequest r = request.toSimulation();
        return Simulation.prepare(r, cache, true).run(r).get(0);
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
