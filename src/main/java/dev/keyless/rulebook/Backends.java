package dev.keyless.rulebook;

import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.eval.OfflineCustomPolicyChecks;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.PolicySimulator;

/**
 * The engines the rule book's steps ask, chosen once per run. Offline is the default; every port has
 * the same shape live, so steps never know which backend answers.
 */
public final class Backends {

    private static final PolicySimulator OFFLINE_SIMULATOR = new OfflineEvaluator();
    private static final CustomPolicyChecks OFFLINE_CHECKS = new OfflineCustomPolicyChecks();

    private Backends() {}

    public static PolicySimulator simulator() {
        return OFFLINE_SIMULATOR;
    }

    /**
     * Role trust policies are always simulated offline: AWS's IAM simulator cannot evaluate them
     * (aws-cli issue 10314), in either mode.
     */
    public static PolicySimulator trustSimulator() {
        return OFFLINE_SIMULATOR;
    }

    public static CustomPolicyChecks customChecks() {
        return OFFLINE_CHECKS;
    }
}
