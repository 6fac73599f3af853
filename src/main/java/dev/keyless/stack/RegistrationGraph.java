package dev.keyless.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Turns what the mocks recorded into stack resources linked as Pulumi links them. The mock API does
 * not pass dependencies, so they are recovered from values: a resource depends on another when one
 * of its inputs contains a value the fake cloud invented for that other resource (its id, ARN,
 * name, email or unique id). Every invented value is unique by construction, so for this program
 * that is the same graph the engine records; only pure {@code dependsOn} edges are not visible.
 * Resources come out in dependency order (as Pulumi writes state), ties broken by URN.
 */
final class RegistrationGraph {

    private final String project;
    private final String stack;
    private final List<RecordingMocks.Registration> registrations;
    private final Map<String, String> providerRefs;

    RegistrationGraph(String project, String stack, List<RecordingMocks.Registration> registrations,
                      Map<String, String> providerRefs) {
        this.project = project;
        this.stack = stack;
        this.registrations = registrations;
        this.providerRefs = providerRefs;
    }

    List<StackResource> resources() {
        Map<String, RecordingMocks.Registration> byUrn = new LinkedHashMap<>();
        registrations.forEach(r -> byUrn.put(urn(r), r));
        Map<String, Map<String, List<String>>> propertyDeps = new LinkedHashMap<>();
        byUrn.forEach((urn, r) -> propertyDeps.put(urn, propertyDependencies(urn, r, byUrn)));

        List<StackResource> out = new ArrayList<>();
        for (String urn : dependencyOrder(byUrn.keySet(), propertyDeps)) {
            var r = byUrn.get(urn);
            Map<String, List<String>> perInput = propertyDeps.get(urn);
            Set<String> all = new LinkedHashSet<>();
            perInput.values().forEach(all::addAll);
            var links = new ResourceLinks(true, Optional.of(Urn.root(project, stack).toString()),
                    Optional.ofNullable(providerRefs.get(packageOf(r.type()))), List.copyOf(all), perInput);
            out.add(new StackResource(r.type(), r.name(), urn, Optional.of(r.created().id()), r.inputs(),
                    PropertyValues.plainMap(r.created().state()), links));
        }
        return out;
    }

    private String urn(RecordingMocks.Registration r) {
        return Urn.of(stack, project, r.type(), r.name()).toString();
    }

    private static Map<String, List<String>> propertyDependencies(String self, RecordingMocks.Registration r,
                                                                  Map<String, RecordingMocks.Registration> byUrn) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        r.inputs().forEach((key, value) -> {
            String text = String.valueOf(value);
            List<String> on = new ArrayList<>();
            byUrn.forEach((urn, other) -> {
                if (!urn.equals(self) && other.created().invented().stream().anyMatch(text::contains)) {
                    on.add(urn);
                }
            });
            if (!on.isEmpty()) {
                on.sort(Comparator.naturalOrder());
                deps.put(key, on);
            }
        });
        return deps;
    }

    private static List<String> dependencyOrder(Set<String> urns, Map<String, Map<String, List<String>>> deps) {
        Map<String, Set<String>> waitingOn = new LinkedHashMap<>();
        for (String urn : urns) {
            Set<String> on = new LinkedHashSet<>();
            deps.get(urn).values().forEach(on::addAll);
            waitingOn.put(urn, on);
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        waitingOn.forEach((urn, on) -> {
            if (on.isEmpty()) {
                ready.add(urn);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String next = ready.poll();
            order.add(next);
            waitingOn.forEach((urn, on) -> {
                if (on.remove(next) && on.isEmpty()) {
                    ready.add(urn);
                }
            });
        }
        if (order.size() != urns.size()) {
            throw new IllegalStateException("the mocked resources depend on each other in a cycle: " + waitingOn);
        }
        return order;
    }

    /** The package of a type token ({@code aws} of {@code aws:iam/role:Role}). */
    static String packageOf(String type) {
        return type.substring(0, Math.max(0, type.indexOf(':')));
    }
}
