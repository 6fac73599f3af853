package dev.keyless.bench;

import dev.keyless.infra.FederationSettings;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;

import java.util.Arrays;

/**
 * Time of the mocked render: the first in a fresh JVM (class loading and JIT included, what one
 * {@code bin/keyless render-stack} pays) and warm (what each render costs inside a long test run).
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt)
 * -Djava.util.concurrent.ForkJoinPool.common.parallelism=4 dev.keyless.bench.RenderBench [warmRuns]}
 */
public final class RenderBench {

    private RenderBench() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        FederationSettings settings = FederationSettings.defaults();

        long start = System.nanoTime();
        StackSnapshot first = MockedStack.render(settings);
        double cold = millis(System.nanoTime() - start);
        start = System.nanoTime();
        String export = StackExportFile.write(first);
        double coldWrite = millis(System.nanoTime() - start);

        for (int i = 0; i < 5; i++) {
            MockedStack.render(settings);
        }
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            MockedStack.render(settings);
            warm[i] = millis(System.nanoTime() - start);
        }
        Arrays.sort(warm);
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            StackExportFile.parse(StackExportFile.write(first), "bench");
        }
        double roundTrip = millis(System.nanoTime() - start) / runs;

        System.out.printf("render cold (first in JVM): %.0f ms, %d resources%n", cold, first.resources().size());
        System.out.printf("export write cold: %.0f ms, %d bytes%n", coldWrite, export.length());
        System.out.printf("render warm: median %.0f ms, min %.0f ms, max %.0f ms over %d runs%n",
                warm[runs / 2], warm[0], warm[runs - 1], runs);
        System.out.printf("export write+read warm: %.1f ms%n", roundTrip);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
