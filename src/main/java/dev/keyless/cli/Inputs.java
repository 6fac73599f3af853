package dev.keyless.cli;

import dev.keyless.io.InputFile;
import dev.keyless.io.InputLimit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads command arguments the way the AWS CLI does: {@code file://path} means the file's content,
 * anything else is the value itself. Files go through {@link InputFile} (regular files only, the
 * limit of their kind, UTF-8 without BOM); a value given inline is held to the same limit.
 */
public final class Inputs {

    private static final String FILE_PREFIX = "file://";

    private Inputs() {}

    /** A policy document (or anything of that size) given as {@code file://PATH} or inline. */
    public static String text(String argument, String optionName) {
        return text(argument, optionName, InputLimit.POLICY_DOCUMENT);
    }

    /** {@code file://PATH} or the value itself, at most {@code limit}. */
    public static String text(String argument, String optionName, InputLimit limit) {
        if (argument.startsWith(FILE_PREFIX)) {
            return InputFile.read(Path.of(argument.substring(FILE_PREFIX.length())), limit, optionName);
        }
        if (namesAFile(argument)) {
            // The AWS CLI would send the path itself as the document; say so rather than let a
            // JSON_SYNTAX_ERROR about the file name puzzle the user.
            System.err.println("keyless: note: " + optionName + " '" + argument + "' is read as the value itself, as the AWS CLI"
                    + " does; to read the file, write file://" + argument);
        }
        return InputFile.argument(argument, limit, optionName);
    }

    /** An option that always names a file: a path, or {@code file://path}. */
    public static Path path(String argument) {
        return Path.of(argument.startsWith(FILE_PREFIX) ? argument.substring(FILE_PREFIX.length()) : argument);
    }

    /**
     * A JSON Lines input for {@code --batch}: {@code -} is standard input, else a regular file
     * ({@code file://} optional) opened as every input is ({@link InputFile#open}); each line is held
     * to its own limit by the batch.
     */
    public static InputStream batch(String argument, String optionName) {
        return argument.equals("-") ? System.in : InputFile.open(path(argument), optionName);
    }

    /** The size of a {@link #batch} input for progress, 0 when unknown (standard input). */
    public static long batchSize(String argument) {
        try {
            return argument.equals("-") ? 0 : Files.size(path(argument));
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean namesAFile(String argument) {
        String t = argument.strip();
        if (t.isEmpty() || t.length() > 4096 || t.startsWith("{") || t.startsWith("[") || t.indexOf('\n') >= 0) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(t));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
