package dev.keyless.bench;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.ArnPattern;
import dev.keyless.policy.catalog.IamCatalog;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Catalog load time and lookup throughput. Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes dev.keyless.bench.CatalogLoadBench}.
 *
 * <p>"Cold" load is measured in a fresh JVM per sample (nothing of ours loaded or JIT-compiled),
 * from the first call to {@link IamCatalog#builtIn()} to the answer for {@code s3:GetObject}: the
 * header, the directory and S3's body. The catalog reads other services' bodies when a lookup
 * first needs them, so the time to read all of them is reported too, as is the whole process.
 * A further figure reloads in fresh class loaders inside one JVM, where the JDK's code is warm.
 */
public final class CatalogLoadBench {

    private static final int COLD_PROCESSES = 7;
    private static final int CLASS_LOADER_LOADS = 9;

    private CatalogLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            long t0 = System.nanoTime();
            IamCatalog catalog = IamCatalog.builtIn();
            boolean ok = catalog.action("s3:GetObject").isPresent();
            long t1 = System.nanoTime();
            ok &= catalog.services().size() > 400;
            long t2 = System.nanoTime();
            System.out.println((t1 - t0) / 1_000_000.0 + " " + (t2 - t1) / 1_000_000.0 + " " + ok);
            return;
        }
        coldProcesses();
        freshClassLoaders();
        throughput(IamCatalog.builtIn());
    }

    private static void coldProcesses() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> loads = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        List<Double> processes = new ArrayList<>();
        for (int i = 0; i < COLD_PROCESSES; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CatalogLoadBench.class.getName(), "--child").redirectErrorStream(true).start();
            String line;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                line = r.readLine();
            }
            if (p.waitFor() != 0 || line == null || !line.endsWith(" true")) {
                throw new IllegalStateException("child JVM failed: " + line);
            }
            processes.add((System.nanoTime() - t0) / 1_000_000.0);
            loads.add(Double.parseDouble(line.split(" ")[0]));
            rest.add(Double.parseDouble(line.split(" ")[1]));
        }
        System.out.printf("catalog load: %.0f ms (median of %d cold loads, each in a fresh JVM; min %.0f, max %.0f)%n",
                median(loads), COLD_PROCESSES, Collections.min(loads), Collections.max(loads));
        System.out.printf("reading the other services' bodies too (all of them, after the load): %.0f ms (median of %d)%n",
                median(rest), COLD_PROCESSES);
        System.out.printf("fresh JVM start + catalog load + full read + exit: %.0f ms (median of %d)%n",
                median(processes), COLD_PROCESSES);
    }

    private static void freshClassLoaders() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < CLASS_LOADER_LOADS; i++) {
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
                long t0 = System.nanoTime();
                Class<?> api = Class.forName("dev.keyless.policy.catalog.IamCatalog", true, loader);
                Object catalog = api.getMethod("builtIn").invoke(null);
                Method action = api.getMethod("action", String.class);
                action.invoke(catalog, "s3:GetObject");
                loads.add((System.nanoTime() - t0) / 1_000_000.0);
            }
        }
        System.out.printf("catalog reload: %.0f ms (median of %d loads in fresh class loaders, JDK code warm)%n",
                median(loads), CLASS_LOADER_LOADS);
    }

    private static void throughput(IamCatalog catalog) {
        String[] actions = {"s3:GetObject", "S3:LISTBUCKET", "sts:AssumeRoleWithWebIdentity", "ec2:RunInstances",
            "iam:PassRole", "s3:HeadBucket", "kms:Decrypt", "dynamodb:Query"};
        rate("action lookups", () -> {
            int n = 0;
            for (String a : actions) {
                n += catalog.action(a).isPresent() ? 1 : 0;
            }
            return actions.length + n * 0;
        });
        String[] patterns = {"s3:Get*", "s3:*Object", "s3:?etObject", "iam:Pass*", "ec2:Describe*"};
        rate("action patterns expanded", () -> {
            int n = 0;
            for (String p : patterns) {
                n += catalog.expand(p).isEmpty() ? 0 : 1;
            }
            return patterns.length + n * 0;
        });
        rate("'*' expansions (every action)", () -> catalog.expand("*").isEmpty() ? 0 : 1);
        Action getObject = catalog.action("s3:GetObject").orElseThrow();
        Action listBucket = catalog.action("s3:ListBucket").orElseThrow();
        String[] resources = {"arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*",
            "arn:aws:s3:::example-bucket/reports/2024/*.csv", "*"};
        rate("resource matches (action x resource)", () -> {
            int n = 0;
            for (String r : resources) {
                ArnPattern p = ArnPattern.of(r);
                n += getObject.resourceTypesMatching(p).size() + listBucket.resourceTypesMatching(p).size();
            }
            return resources.length * 2 + n * 0;
        });
        String[] keys = {"aws:SourceIp", "aws:ResourceTag/team", "s3:prefix", "accounts.google.com:aud",
            "s3:ExistingObjectTag/classification", "aws:nosuchkey"};
        rate("condition key lookups", () -> {
            int n = 0;
            for (String k : keys) {
                n += catalog.conditionKey(k).isPresent() ? 1 : 0;
            }
            return keys.length + n * 0;
        });
        rate("did-you-mean for an unknown action", () -> catalog.suggestAction("s3:GetObjcet").isPresent() ? 1 : 1);
    }

    /** Runs for a warm-up second, then counts operations for two seconds. */
    private static void rate(String what, IntSupplier batch) {
        long warm = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warm) {
            batch.getAsInt();
        }
        long ops = 0;
        long t0 = System.nanoTime();
        long end = t0 + 2_000_000_000L;
        while (System.nanoTime() < end) {
            ops += batch.getAsInt();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %,.0f per second%n", what, ops / seconds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
