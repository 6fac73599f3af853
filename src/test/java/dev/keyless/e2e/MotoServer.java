package dev.keyless.e2e;

import dev.keyless.aws.FakeAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code moto_server} on a free 127.0.0.1 port, with moto's IAM enforcement on.
 *
 * <p>Enforcement is turned on as moto documents it for server mode (docs/docs/iam.rst, "IAM-like
 * Access Control"): the environment variable {@code INITIAL_NO_AUTH_ACTION_COUNT} lets exactly
 * that many requests through unauthenticated, and moto authenticates and authorizes every request
 * after them. The first {@value #BOOTSTRAP_REQUESTS} create the deployer, an IAM user allowed
 * everything (moto knows no root user: only its own users' keys and its own STS sessions sign in);
 * from then on the apply runs as the deployer, {@code verify-deployed} as a verifier user and the
 * workload as the role it assumed, each signed and judged by moto's IAM. {@link #reset()} and
 * {@link #allowUnsignedRequests(int)} use {@code /moto-api/reset-auth}, which is what moto's
 * documented {@code set_initial_no_auth_action_count} decorator calls in server mode.
 *
 * <p>Every wait is bounded; {@link #close()} ends the process and its children.
 */
final class MotoServer implements AutoCloseable {

    /** CreateUser, PutUserPolicy, CreateAccessKey: the deployer. */
    static final int BOOTSTRAP_REQUESTS = 3;
    static final String DEPLOYER = "keyless-e2e-deployer";
    /** moto's default account; the mocked render uses the same one (FakeCloud). */
    static final String ACCOUNT = "123456789012";
    private static final Pattern LISTENING = Pattern.compile("Running on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String ADMIN = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\"}]}";

    private final Process process;
    private final Path log;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Ends moto if the test JVM exits without closing it (a crash, a kill): no process outlives the tests. */
    private final Thread onExit;
    private AwsCredentialsProvider deployer;

    private MotoServer(Process process, Path log, URI endpoint) {
        this.process = process;
        this.log = log;
        this.endpoint = endpoint;
        this.onExit = new Thread(() -> stop(process), "moto-server-stop");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Starts moto_server (or skips the test if it is not installed; see {@link ExternalTool}). */
    static MotoServer start() {
        ExternalTool moto = ExternalTool.require("moto_server", "the end-to-end suite against moto");
        Path log;
        Process process;
        try {
            log = Files.createTempFile("keyless-moto-", ".log");
            ProcessBuilder pb = new ProcessBuilder(moto.path().toString(), "-H", "127.0.0.1", "-p", "0")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("INITIAL_NO_AUTH_ACTION_COUNT", String.valueOf(BOOTSTRAP_REQUESTS));
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start moto_server", e);
        }
        MotoServer server = null;
        try {
            server = new MotoServer(process, log, URI.create("http://127.0.0.1:" + port(process, log)));
            server.bootstrap();
            return server;
        } catch (RuntimeException | Error e) {
            if (server != null) {
                server.close();
            } else {
                stop(process);
            }
            throw e;
        }
    }

    /** moto_server binds port 0 and prints the port it got: no race for a "free" port. */
    private static int port(Process process, Path log) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(read(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited (" + process.exitValue() + "): " + read(log));
            }
            sleep(50);
        }
        throw new IllegalStateException("moto_server did not listen within " + START_TIMEOUT.toSeconds() + " s: " + read(log));
    }

    URI endpoint() {
        return endpoint;
    }

    /** The deployer's keys: moto made them at run time; they open nothing but this moto. */
    AwsCredentialsProvider deployer() {
        return deployer;
    }

    IamClient iam(AwsCredentialsProvider credentials) {
        return IamClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials).build();
    }

    /** Path-style: bucket host names under 127.0.0.1 do not resolve. */
    S3Client s3(AwsCredentialsProvider credentials) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(credentials).build();
    }

    /** Forgets every resource, then makes the deployer again in a new window of unauthenticated requests. */
    void reset() {
        post("/moto-api/reset", "");
        allowUnsignedRequests(BOOTSTRAP_REQUESTS);
        bootstrap();
    }

    /**
     * The next {@code n} requests pass without authentication, every later one is authenticated again.
     * Only for what AWS itself takes unsigned and moto cannot (AssumeRoleWithWebIdentity; see
     * docs/live-mode.md): nothing else may be sent in between.
     */
    void allowUnsignedRequests(int n) {
        post("/moto-api/reset-auth", String.valueOf(n));
    }

    private void bootstrap() {
        try (IamClient iam = iam(FakeAws.EXAMPLE_CREDENTIALS)) {
            iam.createUser(b -> b.userName(DEPLOYER));
            iam.putUserPolicy(b -> b.userName(DEPLOYER).policyName("deploy-anything").policyDocument(ADMIN));
            AccessKey key = iam.createAccessKey(b -> b.userName(DEPLOYER)).accessKey();
            deployer = StaticCredentialsProvider.create(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()));
        }
    }

    private void post(String path, String body) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("moto " + path + " answered " + r.statusCode() + ": " + r.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("moto " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What moto printed, for failure messages. */
    String log() {
        return read(log);
    }

    /** Whether moto prints {@code text} within {@code wait} (it writes a traceback after its answer). */
    boolean logs(String text, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (!read(log).contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            sleep(50);
        }
        return true;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops moto too
        }
        stop(process);
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
