package dev.keyless.aws;

import software.amazon.awssdk.core.exception.SdkException;

import java.util.function.Supplier;

/** Runs one SDK call: credentials checked first, every SDK failure translated, nothing swallowed. */
final class LiveCalls {

    private final AwsClients clients;

    LiveCalls(AwsClients clients) {
        this.clients = clients;
    }

    <T> T run(AwsOperation op, Supplier<T> call) {
        clients.requireCredentials(op);
        try {
            return call.get();
        } catch (SdkException e) {
            throw AwsFaults.translate(op, e, clients);
        }
    }

    AwsClients clients() {
        return clients;
    }
}
