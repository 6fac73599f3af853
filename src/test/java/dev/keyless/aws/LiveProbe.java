package dev.keyless.aws;

import dev.keyless.policy.lint.ValidateRequest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM for tests that need a real process environment: builds the clients from the
 * environment exactly as live mode does, validates one policy file, prints what happened.
 * Exit 0 with "findings=N requests={...}", or exit 1 with the one-line error, like the CLI.
 */
public final class LiveProbe {

    private LiveProbe() {}

    public static void main(String[] args) throws Exception {
        String policy = Files.readString(Path.of(args[0]));
        try (AwsClients clients = AwsClients.fromEnvironment()) {
            int n = new AccessAnalyzerPolicyValidator(clients).validate(ValidateRequest.identity(policy)).findings().size();
            System.out.println("findings=" + n + " requests=" + clients.requestCounts() + " region=" + clients.region());
        } catch (LiveCallException e) {
            System.err.println("keyless: " + e.getMessage());
            System.exit(1);
        }
    }
}
