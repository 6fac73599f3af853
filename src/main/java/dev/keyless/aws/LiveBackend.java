package dev.keyless.aws;

import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.lint.PolicyValidator;

import java.util.Map;

/**
 * Live mode in one object: one set of clients shared by every adapter, so a run has one request
 * count and one place to close. A verb's {@code --live} is
 * {@code try (LiveBackend live = LiveBackend.fromEnvironment()) { live.policyValidator()... }}.
 */
public final class LiveBackend implements AutoCloseable {

    private final AwsClients clients;

    public LiveBackend(AwsClients clients) {
        this.clients = clients;
    }

    public static LiveBackend fromEnvironment() {
        return new LiveBackend(AwsClients.fromEnvironment());
    }

    public PolicyValidator policyValidator() {
        return new AccessAnalyzerPolicyValidator(clients);
    }

    public CustomPolicyChecks customChecks() {
        return new AccessAnalyzerCustomChecks(clients);
    }

    /** The simulation port answered by SimulateCustomPolicy, each request as given (trust requests are refused, aws-cli issue 10314). */
    public PolicySimulator policySimulator() {
        return new LivePolicySimulator(clients);
    }

    /** The simulation port for questions asked as a role, as the rule book asks them (see {@link SimulatedCaller}). */
    public PolicySimulator roleSimulator() {
        return LivePolicySimulator.askingAsRoles(clients);
    }

    public IamPolicySimulator simulator() {
        return new IamPolicySimulator(clients);
    }

    public DeployedRoleReader roleReader() {
        return new DeployedRoleReader(clients);
    }

    /** Access Analyzer's region (IAM is global). */
    public String region() {
        return clients.settings().resolvedRegion();
    }

    /**
     * Resolves the credentials now: a run without them ends before anything is rendered or judged,
     * with one line saying how to configure them, not with every live scenario failing on it.
     */
    public void requireCredentials() {
        clients.requireCredentials(AwsOperation.VALIDATE_POLICY);
    }

    /** Requests sent so far per {@code Service.Operation}, retries included: for the run's report. */
    public Map<String, Integer> requestCounts() {
        return clients.requestCounts();
    }

    @Override
    public void close() {
        clients.close();
    }
}
