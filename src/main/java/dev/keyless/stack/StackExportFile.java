package dev.keyless.stack;

import dev.keyless.io.InputFile;
import dev.keyless.io.InputLimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code pulumi stack export} files: deployment version 3 JSON, as the Pulumi CLI writes it and
 * {@code pulumi stack import} reads it (schema: pulumi/pulumi {@code sdk/go/common/apitype/
 * deployments.json}, {@code resources.json}, {@code property-values.json}). The same reader takes
 * a real stack's export and keyless's own render, so every check judges both the same way.
 */
public final class StackExportFile {

    /** The deployment version keyless reads and writes: what every current Pulumi CLI exports. */
    public static final int VERSION = 3;
    /** Marks a special property value (secret, asset, archive, resource reference). */
    public static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    public static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    /** The value Pulumi writes for an output not known yet (only in previews). */
    public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    /** The manifest time of a render: fixed, so the same program renders byte-for-byte the same file. */
    public static final Instant RENDER_TIME = Instant.parse("2026-01-01T00:00:00Z");

    private StackExportFile() {}

    public static StackSnapshot read(Path file) {
        return read(file, "stack export");
    }

    /**
     * Reads {@code file} as every input is read ({@link InputFile}: a regular file, at most
     * {@link InputLimit#STACK_EXPORT}, UTF-8); {@code option} names it when it is refused.
     */
    public static StackSnapshot read(Path file, String option) {
        if (Files.notExists(file)) {
            throw new StackExportException(file + ": file not found (make one with: pulumi stack export --file " + file + ")");
        }
        return parse(InputFile.read(file, InputLimit.STACK_EXPORT, option), file.toString());
    }

    /** Reads an export's text; {@code source} names it in messages and in the snapshot. */
    public static StackSnapshot parse(String json, String source) {
        return new StackExportReader(source).read(json);
    }

    /** The snapshot as a version 3 export, pretty-printed, with the fixed {@link #RENDER_TIME}. */
    public static String write(StackSnapshot snapshot) {
        return StackExportWriter.write(snapshot, RENDER_TIME);
    }

    public static void write(StackSnapshot snapshot, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, write(snapshot), StandardCharsets.UTF_8);
    }
}
