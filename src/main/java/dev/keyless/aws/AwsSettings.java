package dev.keyless.aws;

import dev.keyless.UserError;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How live mode reaches AWS. Everything has a default that works on a user's machine with the usual
 * AWS configuration; tests override the endpoint, credentials and retry timing.
 *
 * <p>Endpoints are normally not set here: the SDK itself honours {@code AWS_ENDPOINT_URL},
 * {@code AWS_ENDPOINT_URL_ACCESSANALYZER}, {@code AWS_ENDPOINT_URL_IAM}, the matching system
 * properties and {@code endpoint_url} in the shared config file, as every AWS SDK does.
 *
 * @param region            Access Analyzer's region; empty means {@code AWS_REGION}, else us-east-1
 * @param endpointOverride  one endpoint for every service (tests); empty leaves it to the SDK
 * @param credentials       empty means the SDK's default credential chain
 * @param maxAttempts       attempts per call, first one included; 1 disables retries
 * @param baseDelay         backoff base for transient errors (5xx, reset connections)
 * @param throttlingBaseDelay backoff base when AWS throttles
 * @param maxBackoff        longest single wait between attempts
 * @param attemptTimeout    longest single attempt
 * @param callTimeout       longest call, every attempt and wait included
 */
public record AwsSettings(Optional<String> region, Optional<URI> endpointOverride,
                          Optional<AwsCredentialsProvider> credentials, int maxAttempts, Duration baseDelay,
                          Duration throttlingBaseDelay, Duration maxBackoff, Duration attemptTimeout,
                          Duration callTimeout) {

    public static final String DEFAULT_REGION = "us-east-1";
    /** Five attempts: enough to ride out IAM's "Rate exceeded" bursts (federation-facts §4). */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    public AwsSettings {
        Objects.requireNonNull(region);
        Objects.requireNonNull(endpointOverride);
        Objects.requireNonNull(credentials);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static AwsSettings defaults() {
        return new AwsSettings(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_MAX_ATTEMPTS,
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20),
                Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    /** The defaults, with {@code AWS_REGION} and {@code AWS_MAX_ATTEMPTS} read as the AWS CLI reads them. */
    public static AwsSettings fromEnvironment(Map<String, String> env) {
        AwsSettings s = defaults();
        String region = env.get("AWS_REGION");
        if (region != null && !region.isBlank()) {
            s = s.withRegion(region.trim());
        }
        String attempts = env.get("AWS_MAX_ATTEMPTS");
        if (attempts != null && !attempts.isBlank()) {
            try {
                s = s.withMaxAttempts(Integer.parseInt(attempts.trim()));
            } catch (IllegalArgumentException e) {
                throw new UserError("AWS_MAX_ATTEMPTS is '" + attempts + "': set it to a whole number of at least 1");
            }
        }
        return s;
    }

    /**
     * As {@link #fromEnvironment(Map)}, with the SDK's system properties {@code aws.region} and
     * {@code aws.maxAttempts} taking precedence over the variables, as they do for the SDK itself.
     */
    public static AwsSettings fromEnvironment(Map<String, String> env, java.util.Properties properties) {
        Map<String, String> merged = new java.util.HashMap<>(env);
        String region = properties.getProperty("aws.region");
        if (region != null && !region.isBlank()) {
            merged.put("AWS_REGION", region);
        }
        String attempts = properties.getProperty("aws.maxAttempts");
        if (attempts != null && !attempts.isBlank()) {
            merged.put("AWS_MAX_ATTEMPTS", attempts);
        }
        return fromEnvironment(merged);
    }

    public String resolvedRegion() {
        return region.orElse(DEFAULT_REGION);
    }

    public AwsSettings withRegion(String r) {
        return new AwsSettings(Optional.of(r), endpointOverride, credentials, maxAttempts, baseDelay,
                throttlingBaseDelay, maxBackoff, attemptTimeout, callTimeout);
    }

    public AwsSettings withEndpoint(URI endpoint) {
        return new AwsSettings(region, Optional.of(endpoint), credentials, maxAttempts, baseDelay,
                throttlingBaseDelay, maxBackoff, attemptTimeout, callTimeout);
    }

    public AwsSettings withCredentials(AwsCredentialsProvider provider) {
        return new AwsSettings(region, endpointOverride, Optional.of(provider), maxAttempts, baseDelay,
                throttlingBaseDelay, maxBackoff, attemptTimeout, callTimeout);
    }

    public AwsSettings withMaxAttempts(int attempts) {
        return new AwsSettings(region, endpointOverride, credentials, attempts, baseDelay,
                throttlingBaseDelay, maxBackoff, attemptTimeout, callTimeout);
    }

    /** One attempt per call: for fault tests that must fail fast. */
    public AwsSettings withoutRetries() {
        return withMaxAttempts(1);
    }

    public AwsSettings withBackoff(Duration base, Duration throttlingBase, Duration max) {
        return new AwsSettings(region, endpointOverride, credentials, maxAttempts, base, throttlingBase, max,
                attemptTimeout, callTimeout);
    }

    public AwsSettings withTimeouts(Duration attempt, Duration call) {
        return new AwsSettings(region, endpointOverride, credentials, maxAttempts, baseDelay, throttlingBaseDelay,
                maxBackoff, attempt, call);
    }
}
