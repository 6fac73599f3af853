package dev.keyless.e2e;

import dev.keyless.infra.StartupScriptText;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The VM's startup script, run for real by bash, inside a scratch root with the metadata server
 * replaced by a stub: {@code KEYLESS_METADATA_URL}, {@code KEYLESS_ROOT} and
 * {@code KEYLESS_TOKEN_GROUP} point it there, and the PATH starts with stand-ins for what a test
 * must not do to the machine:
 * <ul>
 * <li>{@code systemctl} logs its arguments; {@code start X.service} runs the unit's
 *     {@code ExecStart} with an empty environment and systemd's PATH, as systemd would;</li>
 * <li>{@code apt-get} and {@code groupadd} log and fail (nothing is installed or created);</li>
 * <li>{@code aws} logs its arguments and the AWS variables it was given, and sends nothing.</li>
 * </ul>
 * The scratch root has the directories a Debian image has ({@code usr/local/sbin},
 * {@code etc/systemd/system}, {@code etc/profile.d}, {@code run}).
 */
record StartupScriptRun(int exitCode, String output, Path root, Path logs) {

    /** systemd's default PATH for services. */
    static final String SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    static final String RESOURCE = "/dev/keyless/infra/startup-script.sh";

    private static final String SYSTEMCTL = """
            #!/bin/bash
            set -euo pipefail
            echo "$*" >>"$KEYLESS_TEST_LOGS/systemctl"
            if [ "$1" = start ] && [[ "$2" == *.service ]]; then
              exec_start="$(sed -n 's/^ExecStart=//p' "$KEYLESS_ROOT/etc/systemd/system/$2")"
              exec env -i PATH=%s "$exec_start"
            fi
            """.formatted(SYSTEM_PATH);
    private static final String REFUSE = """
            #!/bin/bash
            echo "$0 $*" >>"$KEYLESS_TEST_LOGS/refused"
            exit 1
            """;
    private static final String AWS = """
            #!/bin/bash
            { echo "aws $*"; env | grep -E '^(AWS_|KEYLESS_BUCKET=)' | sort; } >>"$KEYLESS_TEST_LOGS/aws"
            """;

    /** The script as the program ships it. */
    static String shipped() {
        return StartupScriptText.shipped();
    }

    static StartupScriptRun run(String script, URI metadata, String tokenGroup, Path dir) throws IOException,
            InterruptedException {
        Path root = Files.createDirectories(dir.resolve("root"));
        for (String d : List.of("usr/local/sbin", "etc/systemd/system", "etc/profile.d", "run")) {
            Files.createDirectories(root.resolve(d));
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        executable(bin.resolve("systemctl"), SYSTEMCTL);
        executable(bin.resolve("apt-get"), REFUSE);
        executable(bin.resolve("groupadd"), REFUSE);
        executable(bin.resolve("aws"), AWS);
        Path file = dir.resolve("startup-script.sh");
        Files.writeString(file, script);
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output").toFile());
        pb.environment().clear();
        pb.environment().put("PATH", bin + ":" + SYSTEM_PATH);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("KEYLESS_METADATA_URL", metadata.toString());
        pb.environment().put("KEYLESS_ROOT", root.toString());
        pb.environment().put("KEYLESS_TOKEN_GROUP", tokenGroup);
        pb.environment().put("KEYLESS_TEST_LOGS", logs.toString());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the startup script did not finish within 120 s: " + Files.readString(dir.resolve("output")));
        }
        return new StartupScriptRun(p.exitValue(), Files.readString(dir.resolve("output")), root, logs);
    }

    /** One line a call; empty if the stand-in was never called. */
    List<String> log(String name) throws IOException {
        Path f = logs.resolve(name);
        return Files.exists(f) ? Files.readAllLines(f) : List.of();
    }

    Path envFile() {
        return root.resolve("etc/keyless/aws.env");
    }

    Path tokenFile() {
        return root.resolve("run/keyless/google-id-token");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
