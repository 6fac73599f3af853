package dev.keyless.cli;

import dev.keyless.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads command arguments the way the AWS CLI does: {@code file://path} means the file's content,
 * anything else is the value itself.
 */
public final class Inputs {

    private static final String FILE_PREFIX = "file://";

    private Inputs() {}

    public static String text(String argument, String optionName) {
        if (argument.startsWith(FILE_PREFIX)) {
            return readFile(Path.of(argument.substring(FILE_PREFIX.length())), optionName);
        }
        if (namesAFile(argument)) {
            // The AWS CLI would send the path itself as the document; say so rather than let a
            // JSON_SYNTAX_ERROR about the file name puzzle the user.
            System.err.println("keyless: note: " + optionName + " '" + argument + "' is read as the value itself, as the AWS CLI"
                    + " does; to read the file, write file://" + argument);
        }
        return argument;
    }

    private static boolean namesAFile(String argument) {
        String t = argument.strip();
        if (t.isEmpty() || t.length() > 4096 || t.startsWith("{") || t.startsWith("[") || t.indexOf('\n') >= 0) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(t));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * As {@link #text} for an argument that must name a file ({@code file://} optional), read only
     * when it is a regular file of at most {@code maxBytes}: a device or FIFO has no end, and a
     * larger file is refused before it is read.
     */
    public static String boundedFile(String argument, String optionName, long maxBytes) {
        Path path = batchPath(argument);
        try {
            if (!Files.exists(path)) {
                throw new UserError(optionName + ": file not found: " + path + " (check the path; use file://PATH)");
            }
            if (!Files.isRegularFile(path)) {
                throw new UserError(optionName + ": " + path + " is not a regular file (a device or FIFO has no end)");
            }
            if (Files.size(path) > maxBytes) {
                throw new UserError(optionName + ": " + path + " has " + Files.size(path) + " bytes, more than the "
                        + maxBytes + " keyless reads");
            }
        } catch (IOException e) {
            throw new UserError(optionName + ": cannot read " + path + ": " + e.getMessage());
        }
        return readFile(path, optionName);
    }

    public static String readFile(Path path, String optionName) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(optionName + ": file not found: " + path + " (check the path; use file://PATH for files)");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserError(optionName + ": " + path + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UserError(optionName + ": cannot read " + path + ": " + e.getMessage());
        }
    }

    /**
     * A JSON Lines input for {@code --batch}: {@code -} is standard input, else a regular file
     * ({@code file://} optional). Devices and FIFOs are refused: a batch reads to the end, and a
     * device has none. The batch bounds what it reads from the stream.
     */
    public static InputStream batch(String argument, String optionName) {
        if (argument.equals("-")) {
            return System.in;
        }
        Path path = batchPath(argument);
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new UserError(optionName + ": " + path + " is not a regular file (a device or FIFO has no end); "
                    + "give a file, or - for standard input");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UserError(optionName + ": file not found: " + path);
        } catch (IOException e) {
            throw new UserError(optionName + ": cannot read " + path + ": " + e.getMessage());
        }
    }

    /** The size of a {@link #batch} input for progress, 0 when unknown (standard input). */
    public static long batchSize(String argument) {
        try {
            return argument.equals("-") ? 0 : Files.size(batchPath(argument));
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path batchPath(String argument) {
        return Path.of(argument.startsWith(FILE_PREFIX) ? argument.substring(FILE_PREFIX.length()) : argument);
    }
}
