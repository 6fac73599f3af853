package dev.keyless.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /etc/keyless/aws.env} as the startup script writes it: one {@code NAME=value} a line, no
 * quoting, no comments (the script admits only values that need none). Anything else in the file
 * is refused, not skipped: a line this reader cannot place is a line a login shell would run.
 */
final class EnvFile {

    private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9_]*)=([A-Za-z0-9+=,.@_/:-]*)");
    private static final long MAX_BYTES = 64 * 1024;

    private EnvFile() {}

    static Map<String, String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is not a regular file of at most " + MAX_BYTES + " bytes");
        }
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IOException(file + ":" + n + ": not NAME=value: " + line);
            }
            if (out.put(m.group(1), m.group(2)) != null) {
                throw new IOException(file + ":" + n + ": " + m.group(1) + " is set twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
