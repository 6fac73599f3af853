package dev.keyless.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local fake AWS on 127.0.0.1 speaking the real wire protocols, answering with the bodies in
 * {@code policy-fixtures/aws-responses/}:
 * <ul>
 * <li>IAM Access Analyzer, REST-JSON: {@code POST /policy/validation} (paged by the
 *     {@code nextToken} query parameter), {@code /policy/check-access-not-granted},
 *     {@code /policy/check-no-new-access}, {@code /policy/check-no-public-access}; errors are a
 *     status, an {@code x-amzn-ErrorType} header and a JSON body;</li>
 * <li>IAM, Query/XML: form POST {@code /} with {@code Action=...&Version=2010-05-08} (paged by the
 *     {@code Marker} form field); errors are an {@code ErrorResponse} XML body.</li>
 * </ul>
 * It records every request so tests can assert what went on the wire.
 */
public final class FakeAws implements AutoCloseable {

    static final Path RESPONSES = Path.of("policy-fixtures", "aws-responses");
    public static final String VALIDATE = "/policy/validation";
    public static final String ACCESS_NOT_GRANTED = "/policy/check-access-not-granted";
    public static final String NO_NEW_ACCESS = "/policy/check-no-new-access";
    public static final String NO_PUBLIC_ACCESS = "/policy/check-no-public-access";
    /** AWS's documented example key pair; the secret is assembled here so no key-shaped literal ships. */
    public static final StaticCredentialsProvider EXAMPLE_CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", String.join("/", "wJalrXUtnFEMI", "K7MDENG",
                    "bPxRfiCYEXAMPLEKEY")));

    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireMockServer server;
    private final ComputedAws computed = new ComputedAws();

    public FakeAws() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(computed));
        server.start();
    }

    /**
     * Answers every Access Analyzer and IAM request by computing it from the request and this account
     * (see {@link ComputedAws}), with lists and findings paged {@code pageSize} at a time. Installed at
     * a low priority: fault stubs added afterwards win. {@link #reset()} removes them.
     */
    public void computeAnswers(FakeAccount account, int pageSize) {
        computed.use(account, pageSize);
        for (String path : List.of(VALIDATE, ACCESS_NOT_GRANTED, NO_NEW_ACCESS, NO_PUBLIC_ACCESS, "/")) {
            server.stubFor(post(urlPathEqualTo(path)).atPriority(10)
                    .willReturn(aResponse().withTransformers(ComputedAws.NAME)));
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Settings pointing every client here with example credentials and millisecond backoff. */
    public AwsSettings settings() {
        return AwsSettings.defaults().withEndpoint(endpoint()).withCredentials(EXAMPLE_CREDENTIALS)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(10))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    public static String fixture(String name) {
        try {
            return Files.readString(RESPONSES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Access Analyzer (REST-JSON) ----

    public void answer(String path, String fixture) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(json(200, fixture)));
    }

    /** One page of ValidatePolicy: the first page has no nextToken query parameter. */
    void answerPage(String path, String nextToken, String fixture) {
        server.stubFor(post(urlPathEqualTo(path))
                .withQueryParam("nextToken", nextToken == null ? absent() : equalTo(nextToken))
                .willReturn(json(200, fixture)));
    }

    /** Answers requests whose body contains {@code text} with the fixture, ahead of other stubs. */
    public void answerWhenBodyContains(String path, String text, String fixture) {
        server.stubFor(post(urlPathEqualTo(path)).atPriority(1).withRequestBody(containing(text))
                .willReturn(json(200, fixture)));
    }

    public void fail(String path, int status, String errorType, String fixture) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(json(status, fixture).withHeader("x-amzn-ErrorType", errorType)));
    }

    /** {@code failures} error answers, then the fixture: a service that recovers. */
    public void failThenAnswer(String path, int failures, int status, String errorType, String errorFixture, String fixture) {
        for (int i = 0; i < failures; i++) {
            server.stubFor(inState(post(urlPathEqualTo(path)), path, i)
                    .willReturn(json(status, errorFixture).withHeader("x-amzn-ErrorType", errorType)));
        }
        server.stubFor(inState(post(urlPathEqualTo(path)), path, failures).willReturn(json(200, fixture)));
    }

    /** The first {@code failures} requests fail, then the other stubs (e.g. the computed answers) answer. */
    public void failFirst(String path, int failures, int status, String errorType, String errorFixture) {
        for (int i = 0; i < failures; i++) {
            server.stubFor(inState(post(urlPathEqualTo(path)), path, i).atPriority(1)
                    .willReturn(json(status, errorFixture).withHeader("x-amzn-ErrorType", errorType)));
        }
    }

    public void breakConnection(String path, Fault fault) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withFault(fault)));
    }

    void answerSlowly(String path, String fixture, Duration delay) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(json(200, fixture).withFixedDelay((int) delay.toMillis())));
    }

    public void answerRaw(String path, int status, String contentType, String body) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    public List<LoggedRequest> requests(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    public List<JsonNode> bodies(String path) {
        List<JsonNode> out = new ArrayList<>();
        for (LoggedRequest r : requests(path)) {
            try {
                out.add(JSON.readTree(r.getBodyAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    // ---- IAM (Query/XML) ----

    public void iamAnswer(String action, String fixture) {
        server.stubFor(iam(action).willReturn(xml(200, fixture)));
    }

    /** One page of a Marker-paged IAM list; the first page has no Marker field. */
    void iamAnswerPage(String action, String marker, String fixture) {
        server.stubFor(iam(action).withFormParam("Marker", marker == null ? absent() : equalTo(marker))
                .willReturn(xml(200, fixture)));
    }

    public void iamFail(String action, int status, String fixture) {
        server.stubFor(iam(action).willReturn(xml(status, fixture)));
    }

    public void iamFailThenAnswer(String action, int failures, int status, String errorFixture, String fixture) {
        for (int i = 0; i < failures; i++) {
            server.stubFor(inState(iam(action), action, i).willReturn(xml(status, errorFixture)));
        }
        server.stubFor(inState(iam(action), action, failures).willReturn(xml(200, fixture)));
    }

    /** The form fields of every IAM request for {@code action}, in order. */
    public List<Map<String, List<String>>> iamForms(String action) {
        List<Map<String, List<String>>> out = new ArrayList<>();
        for (LoggedRequest r : server.findAll(postRequestedFor(urlPathEqualTo("/"))
                .withRequestBody(containing("Action=" + action + "&")))) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            for (String pair : r.getBodyAsString().split("&")) {
                String[] kv = pair.split("=", 2);
                form.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
            }
            out.add(form);
        }
        return out;
    }

    /** Forgets every stub and recorded request: one fake serves a whole test class. */
    public void reset() {
        server.resetAll();
    }

    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static MappingBuilder iam(String action) {
        return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
                .withRequestBody(containing("Version=2010-05-08"));
    }

    private static MappingBuilder inState(MappingBuilder b, String scenario, int step) {
        return b.inScenario(scenario).whenScenarioStateIs(step == 0 ? Scenario.STARTED : "step-" + step)
                .willSetStateTo("step-" + (step + 1));
    }

    private static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "4a0b1c2d-EXAMPLE").withBody(fixture(fixture));
    }

    private static ResponseDefinitionBuilder xml(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
                .withHeader("x-amzn-RequestId", "6f8c1a2e-EXAMPLE").withBody(fixture(fixture));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
