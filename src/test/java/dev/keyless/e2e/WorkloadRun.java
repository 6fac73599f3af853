package dev.keyless.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link WorkloadProbe} run in a child JVM with nothing but the env file's variables, the endpoints
 * and isolation from this machine's AWS configuration (no config or credentials file, no instance
 * metadata), and what it printed: the identity STS gave it and each step's outcome, in order.
 */
record WorkloadRun(int exitCode, String output, String identity, Map<String, String> steps) {

    /** The workload's steps and what the reviewed role must get for each. */
    static final Map<String, String> EXPECTED = expected();

    static WorkloadRun run(Map<String, String> envFile, Map<String, String> endpoints, Path dir, String... args)
            throws IOException, InterruptedException {
        String cp = String.join(File.pathSeparator, Path.of("target", "test-classes").toAbsolutePath().toString(),
                Path.of("target", "classes").toAbsolutePath().toString(),
                Files.readString(Path.of("target", "test-classpath.txt")).strip());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Duser.home=" + dir, "-cp", cp, WorkloadProbe.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("probe.out").toFile());
        pb.environment().clear();
        pb.environment().putAll(envFile);
        pb.environment().putAll(endpoints);
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        // One attempt: a retried exchange would be a second request, and moto lets only one through unsigned.
        pb.environment().put("AWS_MAX_ATTEMPTS", "1");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the workload probe did not finish within 120 s");
        }
        String out = Files.readString(dir.resolve("probe.out"));
        String identity = null;
        Map<String, String> steps = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            if (line.startsWith("IDENTITY ")) {
                identity = line.substring("IDENTITY ".length());
            } else if (line.startsWith("STEP ")) {
                String rest = line.substring("STEP ".length());
                String outcome = rest.replaceFirst(".* (allowed|denied|failed)( \\S+)?$", "$1");
                steps.put(rest.substring(0, rest.lastIndexOf(" " + outcome)), outcome);
            }
        }
        return new WorkloadRun(p.exitValue(), out, identity, steps);
    }

    /**
     * The workload's rule, step by step: it fails at the first step whose outcome is not the one the
     * reviewed role must get, naming that step.
     */
    void mustReadAndNeverWrite() {
        if (identity == null) {
            throw new AssertionError("the workload got no credentials: " + output);
        }
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            String got = steps.get(e.getKey());
            if (!e.getValue().equals(got)) {
                throw new AssertionError(e.getKey() + ": the workload was " + got + ", it must be " + e.getValue()
                        + " (" + steps + ")");
            }
        }
    }

    private static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ListBucket", "allowed");
        m.put("GetObject", "allowed");
        m.put("PutObject", "denied");
        m.put("DeleteObject", "denied");
        m.put("GetObject on another bucket", "denied");
        return java.util.Collections.unmodifiableMap(m);
    }
}
