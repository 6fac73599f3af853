package dev.keyless.stack;

import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import dev.keyless.infra.FederationSettings;
import dev.keyless.infra.FederationStack;
import dev.keyless.infra.Setting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * The program rendered in-process under Pulumi's mocks ({@code com.pulumi.test}), with the fake
 * cloud answering: what {@code pulumi up} would record, without a cloud or the Pulumi CLI.
 * The snapshot has the root stack resource (carrying the outputs), one default provider per
 * package, and every resource with the inputs the provider would receive.
 */
public final class MockedStack {

    public static final String DEFAULT_STACK = "dev";

    /** Pulumi's test engine keeps its deployment in statics: one render at a time per JVM. */
    private static final Object ENGINE = new Object();

    private MockedStack() {}

    public static StackSnapshot render(FederationSettings settings) {
        return render(settings, DEFAULT_STACK);
    }

    public static StackSnapshot render(FederationSettings settings, String stackName) {
        requireWorkingCommonPool();
        String project = Setting.PROJECT;
        var mocks = new RecordingMocks(new FakeCloud(settings.gcpProject(), settings.awsRegion()));
        Map<String, Object> outputs = new LinkedHashMap<>();
        synchronized (ENGINE) {
            try {
                // preview(false): in preview the engine leaves outputs unknown; we want what `up` records.
                TestResult result = PulumiTest.withMocks(mocks)
                        .withOptions(TestOptions.builder().projectName(project).stackName(stackName).preview(false).build())
                        .runTest(ctx -> FederationStack.stack(ctx, settings))
                        .throwOnError();
                result.outputs().forEach((name, output) -> outputs.put(name, PropertyValues.plain(PulumiTest.extractValue(output))));
            } finally {
                PulumiTest.cleanup();
            }
        }
        Map<String, String> providerRefs = new LinkedHashMap<>();
        List<StackResource> resources = new ArrayList<>();
        String root = Urn.root(project, stackName).toString();
        resources.add(new StackResource(Urn.STACK_TYPE, project + "-" + stackName, root, Optional.empty(), Map.of(),
                outputs, new ResourceLinks(false, Optional.empty(), Optional.empty(), List.of(), Map.of())));
        resources.add(provider(stackName, "gcp", com.pulumi.gcp.Utilities.getVersion(), FakeCloud.GCP_PROVIDER_ID,
                Map.of("project", settings.gcpProject()), providerRefs));
        resources.add(provider(stackName, "aws", com.pulumi.aws.Utilities.getVersion(), FakeCloud.AWS_PROVIDER_ID,
                Map.of("region", settings.awsRegion()), providerRefs));
        resources.addAll(new RegistrationGraph(project, stackName, mocks.registrations(), providerRefs).resources());
        return new StackSnapshot(project, stackName, "mocked program (" + stackName + ")", resources, outputs);
    }

    /**
     * Pulumi's test engine completes its futures on the common ForkJoinPool; on newer JVMs with a
     * pool of one thread (2 CPUs) the run never ends. Failing here beats hanging a CI job.
     */
    private static void requireWorkingCommonPool() {
        if (ForkJoinPool.getCommonPoolParallelism() < 2 && Runtime.version().feature() > 17) {
            throw new IllegalStateException("the Pulumi mock engine hangs with a common ForkJoinPool of "
                    + ForkJoinPool.getCommonPoolParallelism() + " thread(s) on Java " + Runtime.version().feature()
                    + "; run the JVM with -Djava.util.concurrent.ForkJoinPool.common.parallelism=4");
        }
    }

    /** A default provider as the engine records it: {@code default_X_Y_Z}, its config as inputs. */
    private static StackResource provider(String stackName, String pkg, String version, String id,
                                          Map<String, Object> config, Map<String, String> refs) {
        String name = "default_" + version.replace('.', '_');
        String urn = Urn.of(stackName, Setting.PROJECT, "pulumi:providers:" + pkg, name).toString();
        refs.put(pkg, urn + "::" + id);
        Map<String, Object> inputs = new LinkedHashMap<>(config);
        inputs.put("version", version);
        return new StackResource("pulumi:providers:" + pkg, name, urn, Optional.of(id), inputs, inputs,
                new ResourceLinks(true, Optional.empty(), Optional.empty(), List.of(), Map.of()));
    }
}
