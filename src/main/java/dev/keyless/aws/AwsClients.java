package dev.keyless.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.auth.scheme.IamAuthSchemeProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.Map;
import java.util.Optional;

/**
 * The one place SDK clients are built. Credentials come from the default chain (environment,
 * profiles and SSO, web identity, container and instance roles) unless settings give a provider;
 * Access Analyzer runs in the configured region, IAM on its global endpoint. Retries are adaptive
 * (exponential backoff with jitter, longer bases when throttled, and client-side rate limiting once
 * AWS throttles) and every call is bounded by an attempt and a total time limit.
 */
public final class AwsClients implements AutoCloseable {

    private final AwsSettings settings;
    private final AwsCredentialsProvider credentials;
    private final boolean ownsCredentials;
    private final RequestCounter counter = new RequestCounter();
    private AccessAnalyzerClient accessAnalyzer;
    private IamClient iam;
    private boolean credentialsChecked;

    private AwsClients(AwsSettings settings) {
        this.settings = settings;
        this.ownsCredentials = settings.credentials().isEmpty();
        this.credentials = settings.credentials().orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    public static AwsClients create(AwsSettings settings) {
        return new AwsClients(settings);
    }

    /**
     * What a user's shell says: {@code AWS_REGION}, {@code AWS_MAX_ATTEMPTS} (or the SDK's system
     * properties {@code aws.region}, {@code aws.maxAttempts}), endpoints, credentials.
     */
    public static AwsClients fromEnvironment() {
        return create(AwsSettings.fromEnvironment(System.getenv(), System.getProperties()));
    }

    public AwsSettings settings() {
        return settings;
    }

    public Region region() {
        return Region.of(settings.resolvedRegion());
    }

    /** IAM is a global service: one endpoint per partition, signed for that partition's global region. */
    public Region iamRegion() {
        String r = settings.resolvedRegion();
        if (r.startsWith("cn-")) {
            return Region.AWS_CN_GLOBAL;
        }
        if (r.startsWith("us-gov-")) {
            return Region.AWS_US_GOV_GLOBAL;
        }
        return Region.AWS_GLOBAL;
    }

    public RequestCounter requests() {
        return counter;
    }

    public synchronized AccessAnalyzerClient accessAnalyzer() {
        if (accessAnalyzer == null) {
            var b = AccessAnalyzerClient.builder().region(region()).credentialsProvider(credentials)
                    .overrideConfiguration(overrides());
            settings.endpointOverride().ifPresent(b::endpointOverride);
            accessAnalyzer = b.build();
        }
        return accessAnalyzer;
    }

    public synchronized IamClient iam() {
        if (iam == null) {
            var b = IamClient.builder().region(iamRegion()).credentialsProvider(credentials)
                    .authSchemeProvider(iamSigning())
                    .overrideConfiguration(overrides());
            settings.endpointOverride().ifPresent(b::endpointOverride);
            iam = b.build();
        }
        return iam;
    }

    /**
     * IAM signs for its partition's home region (us-east-1 for aws). AWS's endpoint rules say so for
     * the default endpoint, but for an endpoint set by {@code AWS_ENDPOINT_URL_IAM} they say nothing,
     * and the SDK would then sign for "aws-global", which IAM rejects. Pinning the region here makes
     * a configured endpoint (a FIPS or proxy endpoint) work as the default one does.
     */
    private IamAuthSchemeProvider iamSigning() {
        IamAuthSchemeProvider defaults = IamAuthSchemeProvider.defaultProvider();
        String signingRegion = iamRegion() == Region.AWS_CN_GLOBAL ? "cn-north-1"
                : iamRegion() == Region.AWS_US_GOV_GLOBAL ? "us-gov-west-1" : "us-east-1";
        return params -> defaults.resolveAuthScheme(params).stream()
                .map(o -> o.toBuilder().putSignerProperty(AwsV4HttpSigner.REGION_NAME, signingRegion).build())
                .toList();
    }

    /**
     * Resolves credentials once, before the first call, so that "no credentials" is reported as
     * such instead of as whatever the SDK makes of it mid-request.
     */
    synchronized void requireCredentials(AwsOperation op) {
        if (credentialsChecked) {
            return;
        }
        try {
            credentials.resolveCredentials();
        } catch (SdkException | IllegalStateException e) {
            throw new LiveCallException(LiveCallException.Fault.NO_CREDENTIALS, op, "no usable AWS credentials for "
                    + op.title() + " (" + Messages.oneLine(e.getMessage()) + "); configure them as for the AWS CLI:"
                    + " AWS_PROFILE (run 'aws sso login' for SSO), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or an"
                    + " instance or container role", e);
        }
        credentialsChecked = true;
    }

    /** Where a service's requests go, for messages: the override, else the SDK's own choice. */
    String endpointOf(AwsService service) {
        Optional<java.net.URI> uri = service == AwsService.IAM
                ? iam().serviceClientConfiguration().endpointOverride()
                : accessAnalyzer().serviceClientConfiguration().endpointOverride();
        return uri.map(Object::toString).orElse(service == AwsService.IAM
                ? "the IAM global endpoint" : "IAM Access Analyzer in " + region().id());
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(retryStrategy())
                .apiCallAttemptTimeout(settings.attemptTimeout())
                .apiCallTimeout(settings.callTimeout())
                .addExecutionInterceptor(counter)
                .build();
    }

    private RetryStrategy retryStrategy() {
        if (settings.maxAttempts() == 1) {
            return AwsRetryStrategy.doNotRetry();
        }
        return AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                .maxAttempts(settings.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(settings.baseDelay(), settings.maxBackoff()))
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelay(settings.throttlingBaseDelay(), settings.maxBackoff()))
                .build();
    }

    /** Requests sent per operation so far (see {@link RequestCounter}). */
    public Map<String, Integer> requestCounts() {
        return counter.snapshot();
    }

    @Override
    public synchronized void close() {
        if (accessAnalyzer != null) {
            accessAnalyzer.close();
        }
        if (iam != null) {
            iam.close();
        }
        if (ownsCredentials && credentials instanceof SdkAutoCloseable c) {
            c.close();
        }
    }
}
