package dev.keyless.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One resource of a stack as Pulumi records it: type token (e.g. {@code aws:iam/role:Role}), logical
 * name, URN, provider id, and its input and output properties. Property values are plain JSON values
 * ({@code String}, {@code Boolean}, {@code Number}, {@code List}, {@code Map}, {@code null}) or a
 * {@link SecretValue}. {@code links} keeps parent, provider and dependencies, so a snapshot read
 * from an export can be written back whole.
 */
public record StackResource(String type, String name, String urn, Optional<String> id,
                            Map<String, Object> inputs, Map<String, Object> outputs, ResourceLinks links) {

    public StackResource {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        links = links == null ? ResourceLinks.none() : links;
    }

    public StackResource(String type, String name, String urn, Optional<String> id,
                         Map<String, Object> inputs, Map<String, Object> outputs) {
        this(type, name, urn, id, inputs, outputs, ResourceLinks.none());
    }

    /** An output if the stack recorded one, else the input of the same name. */
    public Optional<Object> property(String key) {
        if (outputs.containsKey(key) && outputs.get(key) != null) {
            return Optional.of(outputs.get(key));
        }
        return Optional.ofNullable(inputs.get(key));
    }

    /** A string property, revealing a plaintext secret; empty if absent, not a string, or encrypted. */
    public Optional<String> string(String key) {
        return property(key).map(SecretValue::reveal).filter(String.class::isInstance).map(String.class::cast);
    }

    public boolean isType(String typeToken) {
        return type.equals(typeToken);
    }
}
