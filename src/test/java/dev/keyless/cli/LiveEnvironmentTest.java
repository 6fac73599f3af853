package dev.keyless.cli;

import dev.keyless.aws.FakeAccount;
import dev.keyless.aws.FakeAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line in a process of its own with nothing but a user's environment: KEYLESS_MODE
 * chooses the mode, AWS_ENDPOINT_URL and AWS_ACCESS_KEY_ID reach the SDK unchanged.
 */
class LiveEnvironmentTest {

    private static FakeAws fake;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        fake = new FakeAws();
        fake.computeAnswers(FakeAccount.empty(), 100);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    private record Proc(int exit, String out, String err) {}

    @Test
    void keyless_mode_live_runs_the_rule_book_against_the_endpoint_of_aws_endpoint_url() throws Exception {
        Map<String, String> env = isolated();
        env.put("KEYLESS_MODE", "live");
        env.put("AWS_ENDPOINT_URL", fake.endpoint().toString());
        env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", FakeAws.EXAMPLE_CREDENTIALS.resolveCredentials().secretAccessKey());

        Proc p = keyless(env, "check-stack", "--stack-export", LiveGateTest.STACK, "--features", "features");

        assertThat(p.exit()).as(p.out() + p.err()).isZero();
        assertThat(p.out()).contains("mode: live").contains("→ COMPLIANT (exit 0)")
                .contains("AWS: " + fake.requestCount() + " requests");
        assertThat(fake.requestCount()).isGreaterThan(20);
    }

    @Test
    void an_unknown_keyless_mode_is_a_tool_error_before_anything_runs() throws Exception {
        Map<String, String> env = isolated();
        env.put("KEYLESS_MODE", "online");

        Proc p = keyless(env, "check-stack", "--stack-export", LiveGateTest.STACK, "--features", "features");

        assertThat(p.exit()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(p.err().strip()).isEqualTo("keyless: KEYLESS_MODE is 'online': set it to offline or live (or unset it;"
                + " offline is the default)");
        assertThat(p.out()).isEmpty();
    }

    @Test
    void verify_deployed_refuses_an_explicit_offline_mode() throws Exception {
        Map<String, String> env = isolated();
        env.put("KEYLESS_MODE", "offline");

        Proc p = keyless(env, "verify-deployed", "--stack-outputs", "nowhere.json");

        assertThat(p.exit()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(p.err()).startsWith("keyless: verify-deployed asks AWS about the deployed role and has no offline mode");
    }

    /** No credentials, config files, instance metadata or user home from this machine leak in. */
    private Map<String, String> isolated() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("LANG", "C.UTF-8");
        return env;
    }

    private Proc keyless(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String cp = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4", "-cp", cp,
                Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("keyless did not finish");
        }
        return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
