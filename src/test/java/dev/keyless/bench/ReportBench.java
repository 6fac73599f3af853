package dev.keyless.bench;

import dev.keyless.gate.BlockingTypes;
import dev.keyless.gate.Gate;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.Waivers;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.report.ReportSet;
import dev.keyless.report.RunInfo;
import dev.keyless.rulebook.RuleBook;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the reports add to a gate run, for the stack the program renders (exported as
 * policy-fixtures/stacks/compliant-rendered.json): the rule book without a report folder, with one
 * (Cucumber's HTML and message plugins), the gate's decision (validate-policy over every document)
 * and keyless's own reports (graph, SARIF, JUnit, summary, index). First run in a fresh JVM, then
 * the median of warm runs; then the size of each file.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt)
 * -Djava.util.concurrent.ForkJoinPool.common.parallelism=4 dev.keyless.bench.ReportBench [warmRuns]}
 */
public final class ReportBench {

    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        StackSnapshot stack = StackExportFile.read(Path.of("policy-fixtures/stacks/compliant-rendered.json"));
        Path dir = Files.createTempDirectory("keyless-report-bench");
        RuleBook.Options plain = RuleBook.Options.offline(Path.of("features"));
        RuleBook.Options reporting = plain.withReportDir(dir);
        double[][] t = new double[4][runs + 1];
        for (int i = 0; i <= runs; i++) {
            long s = System.nanoTime();
            RuleBook.run(stack, plain);
            t[0][i] = ms(s);
            s = System.nanoTime();
            RuleBookResult result = RuleBook.run(stack, reporting);
            t[1][i] = ms(s);
            s = System.nanoTime();
            GateDecision d = Gate.decide(stack, result, new OfflinePolicyValidator(), Waivers.none(), BlockingTypes.DEFAULT);
            t[2][i] = ms(s);
            s = System.nanoTime();
            ReportSet.write(dir, new RunInfo("verify", "offline", stack.project(), stack.stack(), stack.source(), "bench",
                    "bench", BlockingTypes.DEFAULT.names(), Optional.empty(), 0), stack, d);
            t[3][i] = ms(s);
        }
        String[] names = {"rule book, no report folder", "rule book with Cucumber's html+message plugins",
                "gate decision (validate-policy over every document)", "keyless reports (graph, SARIF, JUnit, summary, index)"};
        for (int k = 0; k < 4; k++) {
            double[] warm = Arrays.copyOfRange(t[k], 1, runs + 1);
            Arrays.sort(warm);
            System.out.printf("%-58s first %6.0f ms, warm median %6.0f ms%n", names[k], t[k][0], warm[warm.length / 2]);
        }
        for (String f : List.of("index.html", "access-graph.svg", "keyless.sarif", "keyless-junit.xml",
                "keyless-summary.json", "rule-book.html", "rule-book.ndjson")) {
            System.out.printf("%-58s %8d bytes%n", f, Files.size(dir.resolve(f)));
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
