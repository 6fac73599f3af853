package dev.keyless.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stack at one moment: its resources and its outputs, whatever produced it (the program under
 * mocks, a {@code pulumi stack export} file, or a deployed stack). {@code source} says which, for
 * reports.
 */
public record StackSnapshot(String project, String stack, String source, List<StackResource> resources,
                            Map<String, Object> outputs) {

    public StackSnapshot {
        resources = List.copyOf(resources);
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    public List<StackResource> ofType(String typeToken) {
        return resources.stream().filter(r -> r.isType(typeToken)).toList();
    }

    public Optional<String> output(String name) {
        return Optional.ofNullable(SecretValue.reveal(outputs.get(name))).map(Object::toString);
    }
}
