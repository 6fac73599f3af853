package dev.keyless.policy.eval;

import java.util.List;

/**
 * The simulation port: {@code SimulateCustomPolicy} in, {@code EvaluationResults} out, in AWS's order
 * (each action, then each resource). The offline evaluator implements it; a live backend calling the
 * IAM simulator implements the same interface.
 */
public interface PolicySimulator {

    List<EvaluationResult> simulateCustomPolicy(SimulationRequest request) throws EvaluationException;

    /** Where the answers come from, for reports ("offline", "live"). */
    String backend();
}
