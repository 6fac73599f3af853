package dev.keyless.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The VM's startup script ({@code startup-script.sh} beside this class). It is the same text for
 * every stack: the values it needs (role ARN, region, audience, bucket) come from instance metadata,
 * so the script holds no value at all, let alone a key.
 */
final class StartupScript {

    private static final String RESOURCE = "startup-script.sh";

    private StartupScript() {}

    static String text() {
        try (InputStream in = StartupScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (rebuild keyless)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
