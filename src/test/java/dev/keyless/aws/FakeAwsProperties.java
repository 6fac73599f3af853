package dev.keyless.aws;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points this JVM's default AWS configuration at the fake, the way a user's shell would point it
 * anywhere: the SDK's own system properties (the in-process twins of {@code AWS_ENDPOINT_URL},
 * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_MAX_ATTEMPTS}), with no
 * shared config or credentials file and no instance metadata, so nothing from this machine leaks
 * in. Live mode then runs exactly as on a user's machine (LiveBackend.fromEnvironment). Closing
 * restores what was there.
 */
public final class FakeAwsProperties implements AutoCloseable {

    private final Map<String, String> previous = new LinkedHashMap<>();

    private FakeAwsProperties(Map<String, String> values) {
        values.forEach((k, v) -> {
            previous.put(k, System.getProperty(k));
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    /** The fake's endpoint, the documented example credentials, {@code maxAttempts} attempts per call. */
    public static FakeAwsProperties pointAt(FakeAws fake, int maxAttempts) {
        Map<String, String> v = isolated();
        v.put("aws.endpointUrl", fake.endpoint().toString());
        v.put("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        v.put("aws.secretAccessKey", FakeAws.EXAMPLE_CREDENTIALS.resolveCredentials().secretAccessKey());
        v.put("aws.maxAttempts", String.valueOf(maxAttempts));
        return new FakeAwsProperties(v);
    }

    /** The fake's endpoint and no credentials anywhere. */
    public static FakeAwsProperties withoutCredentials(FakeAws fake) {
        Map<String, String> v = isolated();
        v.put("aws.endpointUrl", fake.endpoint().toString());
        v.put("aws.accessKeyId", null);
        v.put("aws.secretAccessKey", null);
        v.put("aws.maxAttempts", "1");
        return new FakeAwsProperties(v);
    }

    /** No config files, no instance metadata, us-east-1, and these properties (a null value clears one). */
    public static FakeAwsProperties isolatedWith(Map<String, String> values) {
        Map<String, String> v = isolated();
        v.putAll(values);
        return new FakeAwsProperties(v);
    }

    /** Another endpoint for every service (e.g. a closed port). */
    public static FakeAwsProperties endpoint(String url) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("aws.endpointUrl", url);
        return new FakeAwsProperties(v);
    }

    private static Map<String, String> isolated() {
        Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "keyless-no-aws-config");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("aws.configFile", nowhere.resolve("config").toString());
        v.put("aws.sharedCredentialsFile", nowhere.resolve("credentials").toString());
        v.put("aws.disableEc2Metadata", "true");
        v.put("aws.region", "us-east-1");
        return v;
    }

    @Override
    public void close() {
        previous.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
