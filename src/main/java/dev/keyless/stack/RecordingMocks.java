package dev.keyless.stack;

import com.pulumi.test.Mocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Pulumi mocks that answer from {@link FakeCloud} and remember every resource registered: its type,
 * logical name, inputs (as the provider would receive them), id and outputs. An invoke the fake
 * cloud cannot answer fails the render rather than returning something made up.
 */
final class RecordingMocks implements Mocks {

    /** One registered resource, in the order the engine registered it. */
    record Registration(String type, String name, Map<String, Object> inputs, FakeCloud.Created created) {}

    private final FakeCloud cloud;
    private final List<Registration> registrations = new ArrayList<>();

    RecordingMocks(FakeCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> inputs = PropertyValues.plainMap(args.inputs);
        FakeCloud.Created created = cloud.create(args.type, args.name, inputs);
        synchronized (registrations) {
            registrations.add(new Registration(args.type, args.name, inputs, created));
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(created.id()), created.state()));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        if (args.token.equals("aws:index/getCallerIdentity:getCallerIdentity")) {
            return CompletableFuture.completedFuture(Map.of(
                    "accountId", FakeCloud.ACCOUNT_ID,
                    "arn", "arn:aws:iam::" + FakeCloud.ACCOUNT_ID + ":user/keyless-mock",
                    "userId", "AIDAKEYLESSMOCK000000",
                    "id", FakeCloud.ACCOUNT_ID));
        }
        if (args.token.equals("gcp:serviceaccount/getAccount:getAccount") && args.args.get("accountId") instanceof String email
                && email.contains("@")) {
            return CompletableFuture.completedFuture(cloud.existingServiceAccount(email));
        }
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "the keyless fake cloud has no answer for invoke " + args.token + " (add one to FakeCloud)"));
    }

    List<Registration> registrations() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }
}
