package dev.keyless.policy.eval;

/** Decides one request as AWS's policy evaluation logic would. */
public interface Evaluator {

    /**
     * @throws EvaluationException when AWS would refuse the request instead of deciding it (a malformed
     *                             policy, an invalid input); never answered with a decision
     */
    EvaluationResult evaluate(Request request) throws EvaluationException;
}
