package dev.keyless.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads one input file for a verb, the same way for every verb and option. Before opening, the path
 * must name a regular file (following links): a directory, a device ({@code /dev/zero}), a FIFO
 * (which would block until a writer comes) or a socket is refused. Then at most
 * {@link InputLimit#maxBytes()} + 1 bytes are read, so an endless or huge file costs no more than
 * the limit; an empty file is refused, and the bytes must be UTF-8 text ({@link Utf8Text}).
 */
public final class InputFile {

    private InputFile() {}

    /**
     * The text of {@code path}. {@code option} names the input in refusals ("--config", "the
     * exceptions file"): "--config: /tmp/x is a directory, not a file".
     */
    public static String read(Path path, InputLimit limit, String option) {
        String source = option + ": " + path;
        BasicFileAttributes attributes = regularFile(path, source);
        if (attributes.size() > limit.maxBytes()) {
            throw tooLarge(source, limit);
        }
        byte[] bytes = readAtMost(path, limit, source);
        if (bytes.length == 0) {
            throw new InputException(source + " is empty; expected a " + limit.what());
        }
        return Utf8Text.decode(bytes, bytes.length, source);
    }

    /**
     * A stream over {@code path} after the same checks as {@link #read} (a regular file, not empty),
     * for inputs read piece by piece under limits of their own ({@code --batch}: one per line).
     */
    public static InputStream open(Path path, String option) {
        String source = option + ": " + path;
        BasicFileAttributes attributes = regularFile(path, source);
        if (attributes.size() == 0) {
            throw new InputException(source + " is empty");
        }
        try {
            return Files.newInputStream(path);
        } catch (AccessDeniedException e) {
            throw new InputException(source + ": permission denied");
        } catch (IOException e) {
            throw new InputException(source + ": cannot read it: " + e.getMessage());
        }
    }

    /** A value given on the command line itself: held to the same limit as a file of its kind. */
    public static String argument(String value, InputLimit limit, String option) {
        if (value.length() > limit.maxBytes()) {
            throw tooLarge(option, limit);
        }
        return value;
    }

    /** The file's attributes, read without opening it, when it is a regular file (links followed). */
    private static BasicFileAttributes regularFile(Path path, String source) {
        BasicFileAttributes attributes = attributes(path, source);
        if (attributes.isDirectory()) {
            throw new InputException(source + " is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(source + " is a device, FIFO or socket, not a regular file; keyless reads files only"
                    + " (save the input to a file first)");
        }
        return attributes;
    }

    private static BasicFileAttributes attributes(Path path, String source) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(source + ": file not found (check the path)");
        } catch (AccessDeniedException e) {
            throw new InputException(source + ": permission denied");
        } catch (IOException | SecurityException e) {
            throw new InputException(source + ": cannot read it: " + e.getMessage());
        }
    }

    /** Reads up to the limit and one byte more: a file that grew since it was measured is still refused. */
    private static byte[] readAtMost(Path path, InputLimit limit, String source) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[(int) Math.min(limit.maxBytes() + 1L, Math.max(8192, Files.size(path) + 1))];
            int filled = 0;
            while (true) {
                if (filled == buf.length) {
                    if (filled > limit.maxBytes()) {
                        throw tooLarge(source, limit);
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(limit.maxBytes() + 1L, buf.length * 2L));
                }
                int n = in.read(buf, filled, buf.length - filled);
                if (n < 0) {
                    return filled == buf.length ? buf : Arrays.copyOf(buf, filled);
                }
                filled += n;
            }
        } catch (AccessDeniedException e) {
            throw new InputException(source + ": permission denied");
        } catch (IOException e) {
            throw new InputException(source + ": cannot read it: " + e.getMessage());
        }
    }

    static InputException tooLarge(String source, InputLimit limit) {
        return new InputException(source + " is larger than " + limit.describe() + "; nothing past the limit was read");
    }
}
