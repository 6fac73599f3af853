package dev.keyless.policy.eval;

/**
 * "Could this caller ever be allowed this?": a request judged with every key it does not carry left to
 * the caller's choice (see {@link OfflineEvaluator#evaluateOpenWorld}). Rules that must find every way
 * a principal could act ask this instead of the simulator, which answers for one exact request.
 */
public interface OpenWorldEvaluator {

    /**
     * @throws EvaluationException when AWS would refuse to evaluate the request (a malformed policy)
     */
    EvaluationResult evaluateOpenWorld(Request request) throws EvaluationException;
}
