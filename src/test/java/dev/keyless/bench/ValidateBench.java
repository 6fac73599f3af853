package dev.keyless.bench;

import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Offline validate-policy throughput, single-threaded, on a realistic mix: identity policies
 * (the keyless read policy, the blog's, AWS's S3 and DynamoDB examples, a 6 KB deployment policy),
 * role trust policies (Google, GitHub, cross-account) and bucket policies (cross-account, deny
 * insecure transport, a 15 KB partner policy), from {@code src/test/resources/bench/validate/}.
 * Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) dev.keyless.bench.ValidateBench}.
 *
 * <p>Each round validates the whole mix repeatedly for a fixed time; the first rounds are warm-up
 * (JIT, the catalog's lazily read service bodies; C2 needs many seconds on a busy two-core machine,
 * hence 20 rounds by default: {@code -Dwarmup=N}, {@code -Drounds=N}). The spread between rounds
 * is mostly other processes competing for the cores and the CPU cache: the fastest round is the
 * closest to what the code costs on an idle machine, the median is what a busy one gives. Every validation starts from the policy text:
 * reading, model and all checks, nothing cached between validations but the catalog itself.
 * Prints one line per figure: the mix as a whole (median of the measured rounds, with the range),
 * then each policy alone. Rates are per second of this process's CPU time (the validating thread
 * plus garbage collection and the JIT), so that other processes competing for the machine's two
 * cores do not count against it; the wall-clock rate of the mix is printed beside it.
 */
public final class ValidateBench {

    private static final String[] POLICIES = {
        "identity-keyless-read", "identity-blog-read", "identity-s3-console", "identity-dynamodb-table",
        "identity-large-deployer", "trust-google", "trust-github", "trust-cross-account",
        "bucket-cross-account", "bucket-secure-transport", "bucket-large-partners"};
    private static final int WARMUP_ROUNDS = Integer.getInteger("warmup", 20);
    private static final int ROUNDS = Integer.getInteger("rounds", 15);
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final long SINGLE_NANOS = 500_000_000L;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ValidateBench() {}

    /** Policies per CPU-second and per wall-clock second. */
    private record Rate(double cpu, double wall) {}

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        IamCatalog.builtIn().action("s3:GetObject");
        System.out.printf(Locale.ROOT, "catalog first use: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<ValidateRequest> mix = new ArrayList<>();
        for (String name : POLICIES) {
            mix.add(request(name));
        }
        OfflinePolicyValidator validator = new OfflinePolicyValidator();
        int chars = 0;
        for (ValidateRequest r : mix) {
            chars += r.policyDocument().length();
        }
        List<Double> rates = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            Rate rate = rate(validator, mix, ROUND_NANOS);
            if (round >= WARMUP_ROUNDS) {
                rates.add(rate.cpu());
                wall.add(rate.wall());
            }
        }
        Collections.sort(rates);
        Collections.sort(wall);
        System.out.printf(Locale.ROOT, "mix of %d policies (%d characters): %,.0f policies per CPU-second, one validating thread "
                        + "(median of %d rounds of 1 s after %d warm-up rounds; slowest %,.0f, fastest %,.0f; wall clock median %,.0f/s)%n",
                mix.size(), chars, rates.get(rates.size() / 2), ROUNDS, WARMUP_ROUNDS, rates.get(0), rates.get(rates.size() - 1),
                wall.get(wall.size() / 2));
        for (int i = 0; i < mix.size(); i++) {
            Rate rate = rate(validator, List.of(mix.get(i)), SINGLE_NANOS);
            System.out.printf(Locale.ROOT, "  %-26s %6d chars  %,10.0f policies/CPU-s  (%d findings)%n", POLICIES[i],
                    mix.get(i).policyDocument().length(), rate.cpu(), validator.validate(mix.get(i)).findings().size());
        }
    }

    /** Policies validated per second over about {@code nanos} of CPU time, cycling through {@code mix}. */
    private static Rate rate(OfflinePolicyValidator validator, List<ValidateRequest> mix, long nanos) {
        long cpuStart = OS.getProcessCpuTime();
        long start = System.nanoTime();
        long end = cpuStart + nanos;
        long count = 0;
        int sink = 0;
        long cpu;
        do {
            for (ValidateRequest r : mix) {
                sink += validator.validate(r).findings().size();
            }
            count += mix.size();
            cpu = OS.getProcessCpuTime();
        } while (cpu < end);
        long now = System.nanoTime();
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return new Rate(count * 1e9 / (cpu - cpuStart), count * 1e9 / (now - start));
    }

    private static ValidateRequest request(String name) throws IOException {
        String text;
        try (InputStream in = ValidateBench.class.getResourceAsStream("/bench/validate/" + name + ".json")) {
            if (in == null) {
                throw new IOException("missing bench policy " + name + " (run mvn test-compile)");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (name.startsWith("identity-")) {
            return ValidateRequest.identity(text);
        }
        if (name.startsWith("trust-")) {
            return ValidateRequest.trust(text);
        }
        return new ValidateRequest(text, PolicyType.RESOURCE_POLICY, Optional.of(ValidateRequest.S3_BUCKET));
    }
}
