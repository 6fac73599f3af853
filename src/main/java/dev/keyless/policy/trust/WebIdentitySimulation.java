package dev.keyless.policy.trust;

import dev.keyless.policy.eval.CallerPrincipal;
import dev.keyless.policy.eval.Decision;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.eval.SimulationRequest;

import java.util.List;
import java.util.Optional;

/**
 * Simulates {@code sts:AssumeRoleWithWebIdentity} with a Google token against a role trust policy,
 * which the IAM simulator itself cannot do (aws-cli issue 10314): the token becomes context keys,
 * and the trust policy is evaluated with the caller {@code {"Federated": "accounts.google.com"}}.
 */
public final class WebIdentitySimulation {

    public static final String ACTION = "sts:AssumeRoleWithWebIdentity";

    private final PolicySimulator simulator;

    public WebIdentitySimulation(PolicySimulator simulator) {
        this.simulator = simulator;
    }

    /** @param roleArn the role being assumed, reported as EvalResourceName ({@code *} when unknown) */
    public WebIdentityResult simulate(String trustPolicy, GoogleIdToken token, String roleArn) throws EvaluationException {
        TokenMapping mapping = GoogleWebIdentity.map(token);
        SimulationRequest request = new SimulationRequest(List.of(), List.of(), List.of(ACTION), List.of(roleArn),
                Optional.of(trustPolicy), Optional.empty(), Optional.empty(), mapping.contextEntries(),
                Optional.of(CallerPrincipal.federated(GoogleWebIdentity.PROVIDER)));
        // The trust policy is evaluated even for a refused token, so a malformed policy is still reported.
        EvaluationResult evaluation = simulator.simulateCustomPolicy(request).get(0);
        if (!mapping.accepted()) {
            evaluation = new EvaluationResult(evaluation.evalActionName(), evaluation.evalResourceName(),
                    Decision.IMPLICIT_DENY, List.of(), List.of(), Optional.empty());
        }
        return new WebIdentityResult(evaluation, mapping.contextEntries(), mapping.refusal());
    }
}
