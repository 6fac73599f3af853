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
        InventedValues invented = new InventedValues(byUrn);
        Map<String, Map<String, List<String>>> propertyDeps = new LinkedHashMap<>();
        byUrn.forEach((urn, r) -> propertyDeps.put(urn, propertyDependencies(urn, r, invented)));

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
                                                                  InventedValues invented) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        r.inputs().forEach((key, value) -> {
            Set<String> on = invented.ownersIn(String.valueOf(value));
            on.remove(self);
            if (!on.isEmpty()) {
                List<String> sorted = new ArrayList<>(on);
                sorted.sort(Comparator.naturalOrder());
                deps.put(key, sorted);
            }
        });
        return deps;
    }

    /**
     * Every value the fake cloud invented, with the resources it was invented for, found in a text in one
     * pass: values are indexed by their first {@code k} characters ({@code k} the length of the shortest),
     * so each position of the text is looked up once, whatever the number of resources.
     */
    private static final class InventedValues {
        private final Map<String, List<Map.Entry<String, String>>> byStart = new java.util.HashMap<>();
        private final int k;

        InventedValues(Map<String, RecordingMocks.Registration> byUrn) {
            int shortest = Integer.MAX_VALUE;
            for (var r : byUrn.values()) {
                for (String v : r.created().invented()) {
                    shortest = Math.min(shortest, v.length());
                }
            }
            this.k = Math.max(shortest, 1);
            byUrn.forEach((urn, r) -> r.created().invented().stream().filter(v -> !v.isEmpty()).forEach(v ->
                    byStart.computeIfAbsent(v.substring(0, k), x -> new ArrayList<>()).add(Map.entry(v, urn))));
        }

        /** The resources one of whose invented values {@code text} contains. */
        Set<String> ownersIn(String text) {
            Set<String> out = new java.util.HashSet<>();
            for (int i = 0; i + k <= text.length(); i++) {
                List<Map.Entry<String, String>> candidates = byStart.get(text.substring(i, i + k));
                if (candidates != null) {
                    for (Map.Entry<String, String> c : candidates) {
                        if (text.startsWith(c.getKey(), i)) {
                            out.add(c.getValue());
                        }
                    }
                }
            }
            return out;
        }
    }

    /** Kahn's algorithm, ties broken by URN, each edge visited once. */
    private static List<String> dependencyOrder(Set<String> urns, Map<String, Map<String, List<String>>> deps) {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        Map<String, List<String>> dependents = new java.util.HashMap<>();
        for (String urn : urns) {
            Set<String> on = new LinkedHashSet<>();
            deps.get(urn).values().forEach(on::addAll);
            waiting.put(urn, on.size());
            on.forEach(d -> dependents.computeIfAbsent(d, x -> new ArrayList<>()).add(urn));
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        waiting.forEach((urn, n) -> {
            if (n == 0) {
                ready.add(urn);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String next = ready.poll();
            order.add(next);
            for (String d : dependents.getOrDefault(next, List.of())) {
                if (waiting.merge(d, -1, Integer::sum) == 0) {
                    ready.add(d);
                }
            }
        }
        if (order.size() != urns.size()) {
            waiting.values().removeIf(n -> n == 0);
            throw new IllegalStateException("the mocked resources depend on each other in a cycle: " + waiting.keySet());
        }
        return order;
    }

    /** The package of a type token ({@code aws} of {@code aws:iam/role:Role}). */
    static String packageOf(String type) {
        return type.substring(0, Math.max(0, type.indexOf(':')));
    }
}
