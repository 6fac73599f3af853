package dev.keyless.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a --batch input: {@code BatchFileGenerator OUT.jsonl [COUNT] [SEED]} (default 100,000 requests,
 * about 90 MB). Prints the file's size.
 */
public final class BatchFileGenerator {

    private BatchFileGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/batch-100k.jsonl");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write("{\"id\":\"req-" + i + "\",\"request\":" + RequestMix.request(r) + "}\n");
            }
        }
        System.out.printf("batch file: %s, %d requests, %.1f MB%n", out, count, Files.size(out) / 1e6);
    }
}
