package dev.keyless.bench;

import dev.keyless.aws.FakeAccount;
import dev.keyless.aws.FakeAws;
import dev.keyless.infra.FederationSettings;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.StackSnapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code make verify-live} and {@code make verify-deployed} as a user runs them (make, bin/keyless, a
 * fresh JVM each), against the local fake AWS reached through {@code AWS_ENDPOINT_URL}, answering from
 * the requests and holding the default stack as {@code pulumi up} would leave it. One line per run:
 * exit code, wall time of the whole make target, and the requests keyless reported (its own count,
 * retries included) against the requests the fake received.
 */
public final class LiveVerifyBench {

    private static final Pattern REQUESTS = Pattern.compile("^AWS: (\\d+) requests in ([0-9.]+) s(.*)$", Pattern.MULTILINE);

    private LiveVerifyBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        StackSnapshot rendered = MockedStack.render(FederationSettings.defaults());
        Path outputs = Files.createTempFile("keyless-outputs", ".json");
        StringBuilder json = new StringBuilder("{");
        rendered.outputs().forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(String.valueOf(v).replace("\"", "\\\"")).append('"'));
        Files.writeString(outputs, json.append('}'));
        Path home = Files.createTempDirectory("keyless-bench-home");
        try (FakeAws fake = new FakeAws()) {
            fake.computeAnswers(FakeAccount.deploying(rendered), 100);
            Map<String, String> env = Map.of("AWS_ENDPOINT_URL", fake.endpoint().toString(),
                    "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                    "AWS_SECRET_ACCESS_KEY", FakeAws.EXAMPLE_CREDENTIALS.resolveCredentials().secretAccessKey(),
                    "AWS_CONFIG_FILE", home.resolve("config").toString(),
                    "AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString(),
                    "AWS_EC2_METADATA_DISABLED", "true");
            for (String target : List.of("verify-live", "verify-deployed")) {
                for (int i = 1; i <= runs; i++) {
                    fake.reset();
                    fake.computeAnswers(FakeAccount.deploying(rendered), 100);
                    List<String> cmd = target.equals("verify-deployed")
                            ? List.of("make", "--no-print-directory", target, "OUTPUTS=" + outputs)
                            : List.of("make", "--no-print-directory", target);
                    long t0 = System.nanoTime();
                    Run r = run(cmd, env);
                    double wall = (System.nanoTime() - t0) / 1e9;
                    Matcher m = REQUESTS.matcher(r.out);
                    String reported = m.find() ? m.group(1) + " requests (rule book " + m.group(2) + " s)" + m.group(3)
                            : "no request count printed";
                    System.out.printf("make %s run %d: exit %d, wall %.2f s, keyless reported %s, fake received %d%n",
                            target, i, r.exit, wall, reported, fake.requestCount());
                }
            }
        }
    }

    private record Run(int exit, String out) {}

    private static Run run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().remove("AWS_PROFILE");
        pb.environment().remove("KEYLESS_MODE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }
}
