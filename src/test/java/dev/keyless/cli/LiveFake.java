package dev.keyless.cli;

import dev.keyless.aws.FakeAws;
import dev.keyless.aws.FakeAwsProperties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One local fake AWS per test class, with the AWS settings of every verb run in the class pointed at
 * it (one attempt per call, so a fault answers at once), for tests of verbs run live:
 * {@code @RegisterExtension static final LiveFake aws = new LiveFake();}.
 */
final class LiveFake implements BeforeAllCallback, AfterAllCallback {

    private FakeAws fake;
    private FakeAwsProperties settings;

    @Override
    public void beforeAll(ExtensionContext context) {
        fake = new FakeAws();
        settings = FakeAwsProperties.pointAt(fake, 1);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        settings.close();
        fake.close();
    }

    FakeAws fake() {
        return fake;
    }
}
