package dev.keyless.aws;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One local fake AWS per test class and fresh clients pointed at it per test, for adapter tests:
 * {@code @RegisterExtension static final FakeAwsClients aws = new FakeAwsClients();}. The fake
 * forgets its answers and recorded requests before each test; clients are made on first use in a
 * test (tests that build their own ask only for the fake) and closed after it.
 */
final class FakeAwsClients implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private FakeAws fake;
    private AwsClients clients;

    @Override
    public void beforeAll(ExtensionContext context) {
        fake = new FakeAws();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        fake.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fake.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (clients != null) {
            clients.close();
            clients = null;
        }
    }

    FakeAws fake() {
        return fake;
    }

    AwsClients clients() {
        if (clients == null) {
            clients = AwsClients.create(fake.settings());
        }
        return clients;
    }
}
