package dev.keyless.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many workloads from one stack, as a platform team runs it: for each size, a stack config with that many
 * workloads (half with a bucket of their own, half sharing one existing bucket under distinct prefixes;
 * {@code vm: false}), then {@code render-stack --config} and {@code check-stack} on the export, each in a
 * JVM of its own with bin/keyless's options. Prints wall time and peak heap per size and per verb, and
 * the goals: 1,000 workloads rendered and judged in at most 60 s, and at most 120 times the 10-workload run.
 * Peak heap is the most the heap held before a collection or at exit ({@code -Xlog:gc}, Serial GC).
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt)
 * dev.keyless.bench.WorkloadScaleBench [sizes, default 10 100 1000]}
 */
public final class WorkloadScaleBench {

    private static final Path DIR = Path.of("target/bench/workloads");
    private static final Pattern BEFORE_GC = Pattern.compile("\\bPause .*? (\\d+)M->\\d+M\\(\\d+M\\)");
    private static final Pattern USED_AT_EXIT = Pattern.compile("\\b(?:def new generation|tenured generation)\\s+total \\d+K, used (\\d+)K");

    private record Run(double seconds, long peakMb, String summary) {}

    private WorkloadScaleBench() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(10, 100, 1000));
        }
        Files.createDirectories(DIR);
        Map<Integer, Double> totals = new LinkedHashMap<>();
        for (int n : sizes) {
            Path config = DIR.resolve("Pulumi.bench" + n + ".yaml");
            Files.writeString(config, config(n));
            Path export = DIR.resolve("stack-" + n + ".json");
            Run render = run(n, "render", "render-stack", "--config", config.toString(), "--out", export.toString());
            Run check = run(n, "check", "check-stack", "--stack-export", export.toString(), "--report-dir",
                    DIR.resolve("report-" + n).toString());
            double total = render.seconds() + check.seconds();
            totals.put(n, total);
            System.out.printf("workloads %5d: render-stack %6.2f s (peak heap %4d MB), check-stack %6.2f s (peak heap %4d MB),"
                    + " together %6.2f s; %s%n", n, render.seconds(), render.peakMb(), check.seconds(), check.peakMb(), total,
                    check.summary());
        }
        if (totals.containsKey(1000)) {
            System.out.printf("1,000 workloads rendered and judged: %.1f s (goal: <= 60 s)%n", totals.get(1000));
        }
        if (totals.containsKey(1000) && totals.containsKey(10)) {
            System.out.printf("1,000 workloads / 10 workloads: %.1fx the time (goal: <= 120x)%n", totals.get(1000) / totals.get(10));
        }
    }

    /** A stack config: workload w0 … w(n-1), the odd ones on one existing bucket, each under a prefix of its own. */
    static String config(int n) {
        StringBuilder y = new StringBuilder("config:\n  gcp:project: keyless-example\n  aws:region: us-east-1\n"
                + "  keyless-federation:workloads:\n");
        for (int i = 0; i < n; i++) {
            y.append("    - name: w").append(i).append("\n      serviceAccountId: reader-").append(String.format("%04d", i))
                    .append("\n      vm: false\n");
            if (i % 2 == 1) {
                y.append("      bucket: keyless-bench-shared\n      prefixes: [\"w").append(i).append("/\"]\n");
            }
        }
        return y.toString();
    }

    /** One verb of bin/keyless in a JVM of its own; its wall time, peak heap and last line. */
    private static Run run(int n, String what, String... verb) throws IOException, InterruptedException {
        Path gcLog = DIR.resolve("gc-" + what + "-" + n + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Xlog:gc,gc+heap+exit:file=" + gcLog, "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4",
                "-Dkeyless.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "dev.keyless.cli.Main"));
        cmd.addAll(List.of(verb));
        Path out = DIR.resolve(what + "-" + n + ".out");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> lines = Files.readAllLines(out);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", verb) + " ended with exit " + exit + ": " + lines);
        }
        String summary = lines.stream().filter(l -> l.contains("scenarios:")).findFirst().orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
        return new Run(seconds, peakMb(Files.readString(gcLog)), summary.trim());
    }

    private static long peakMb(String log) {
        long peak = 0;
        Matcher m = BEFORE_GC.matcher(log);
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        long atExit = 0;
        Matcher e = USED_AT_EXIT.matcher(log);
        while (e.find()) {
            atExit += Long.parseLong(e.group(1));
        }
        return Math.max(peak, atExit / 1024);
    }
}
