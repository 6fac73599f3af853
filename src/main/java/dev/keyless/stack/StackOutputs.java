package dev.keyless.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.io.InputException;
import dev.keyless.io.InputFile;
import dev.keyless.io.InputLimit;
import dev.keyless.io.StrictJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A deployed stack's outputs as {@code pulumi stack output --json} prints them: one JSON object,
 * output name → value. Secret outputs print as {@code "[secret]"} unless {@code --show-secrets} is
 * given; such a value is treated as absent, never as the value.
 */
public record StackOutputs(Map<String, String> values, String source) {

    static final String HIDDEN_SECRET = "[secret]";

    public StackOutputs {
        values = Map.copyOf(values);
    }

    public static StackOutputs read(Path file) {
        return read(file, "stack outputs");
    }

    /** As {@link #read(Path)}; {@code option} names the file when it is refused. */
    public static StackOutputs read(Path file, String option) {
        if (Files.notExists(file)) {
            throw new StackExportException(file + ": file not found (write one with: pulumi stack output --json > "
                    + file + ")");
        }
        JsonNode root;
        try {
            root = StrictJson.readTree(InputFile.read(file, InputLimit.STACK_OUTPUTS, option), option + ": " + file);
        } catch (InputException e) {
            throw new StackExportException(e.getMessage() + " (expected the output of pulumi stack output --json)");
        }
        if (root == null || !root.isObject()) {
            throw new StackExportException(file + " is not a JSON object of stack outputs; expected the output of"
                    + " pulumi stack output --json");
        }
        Map<String, String> values = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull() && !HIDDEN_SECRET.equals(e.getValue().asText())) {
                values.put(e.getKey(), e.getValue().asText());
            }
        });
        return new StackOutputs(values, file.toString());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** An output the deployed checks cannot do without. */
    public String require(String name) {
        return get(name).orElseThrow(() -> new StackExportException(source + " has no " + name + " output (was the stack"
                + " deployed from this program? pulumi stack output --json prints every output)"));
    }
}
