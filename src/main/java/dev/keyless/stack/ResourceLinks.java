package dev.keyless.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a resource hangs together with the rest of its stack, as a {@code pulumi stack export}
 * records it: whether a provider plugin manages it ({@code custom}), its parent's URN, its provider
 * reference ({@code PROVIDER_URN::PROVIDER_ID}), and the URNs it depends on, overall and per input.
 */
public record ResourceLinks(boolean custom, Optional<String> parent, Optional<String> provider,
                            List<String> dependencies, Map<String, List<String>> propertyDependencies) {

    public ResourceLinks {
        dependencies = List.copyOf(dependencies);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        propertyDependencies.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        propertyDependencies = Collections.unmodifiableMap(copy);
    }

    /** A custom resource with no recorded parent, provider or dependencies. */
    public static ResourceLinks none() {
        return new ResourceLinks(true, Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    /** The provider's URN, without the {@code ::ID} suffix of the reference. */
    public Optional<String> providerUrn() {
        return provider.map(p -> {
            int cut = p.lastIndexOf("::");
            return cut > 0 && p.indexOf("::") != cut ? p.substring(0, cut) : p;
        });
    }
}
