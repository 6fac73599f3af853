package dev.keyless.bench;

import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.wire.BatchSimulation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The --batch figures: warm in-process throughput on one thread, then whole-process wall time of
 * {@code bin/keyless simulate-custom-policy --batch} on 25,000, 50,000 and 100,000 requests with the
 * JVM options bin/keyless uses, and the heap after each collection (from the JVM's GC log) to show that
 * memory stays flat as the file grows. Goal: 100,000 requests in at most 2 s on a 2-core machine.
 */
public final class BatchBenchmark {

    private BatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        int[] sizes = {25_000, 50_000, 100_000};
        List<Path> files = new ArrayList<>();
        for (int n : sizes) {
            Path f = dir.resolve("batch-" + n + ".jsonl");
            if (!Files.exists(f)) {
                BatchFileGenerator.main(new String[] {f.toString(), String.valueOf(n)});
            }
            files.add(f);
        }
        inProcess(files.get(2));
        for (Path f : files) {
            wholeProcess(f, dir);
        }
    }

    private static void inProcess(Path file) throws IOException {
        BatchSimulation batch = new BatchSimulation(new OfflineEvaluator());
        BatchSimulation.Summary s = null;
        for (int i = 0; i < 2; i++) {
            s = once(batch, file);
        }
        long t0 = System.nanoTime();
        int rounds = 3;
        for (int i = 0; i < rounds; i++) {
            s = once(batch, file);
        }
        double secs = (System.nanoTime() - t0) / 1e9 / rounds;
        System.out.printf("batch in-process (warm, 1 worker thread): %,.0f requests/s, %,.0f evaluations/s (JSON in and out included)%n",
                s.requests() / secs, s.evaluations() / secs);
    }

    private static BatchSimulation.Summary once(BatchSimulation batch, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return batch.run(in, OutputStream.nullOutputStream(), 1);
        }
    }

    private static void wholeProcess(Path file, Path dir) throws Exception {
        long requests;
        try (var lines = Files.lines(file)) {
            requests = lines.count();
        }
        double best = Double.MAX_VALUE;
        Path gcLog = dir.resolve("gc-" + requests + ".log");
        for (int run = 0; run < 3; run++) {
            ProcessBuilder pb = new ProcessBuilder("bin/keyless", "simulate-custom-policy", "--batch", file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            if (run == 0) {
                pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLog);
            }
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("bin/keyless --batch failed on " + file);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, secs);
            }
        }
        System.out.printf("batch whole process: %,d requests (%.0f MB) in %.2f s (best of 2 after a first run), %,.0f requests/s; %s%n",
                requests, Files.size(file) / 1e6, best, requests / best, heap(gcLog));
    }

    /** The largest heap occupancy after a collection, and the number of collections, from -Xlog:gc. */
    private static String heap(Path gcLog) throws IOException {
        long maxAfter = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            int arrow = line.indexOf("->");
            if (line.contains("Pause") && arrow > 0) {
                collections++;
                String after = line.substring(arrow + 2, line.indexOf('(', arrow));
                maxAfter = Math.max(maxAfter, Long.parseLong(after.replaceAll("[^0-9]", "")));
            }
        }
        return String.format("heap after GC at most %d MB over %d collections", maxAfter, collections);
    }
}
