package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.policy.jsonl.JsonLinesBatch;
import dev.keyless.progress.CountingInputStream;
import dev.keyless.progress.Progress;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Runs a {@code --batch} verb over a JSON Lines input: opens it ({@link Inputs#batch}), shows
 * progress on a terminal, streams the answers to standard output, and ends as every batch verb
 * ends: exit 0 when every line was answered, 1 with one line on stderr when some lines carry
 * {@code "error"} (the others are still answered) or the input could not be read to its end.
 */
final class Batches {

    /** What a verb does with the opened input and the output stream. */
    interface Body {
        JsonLinesBatch.Summary run(InputStream in, OutputStream out) throws IOException;
    }

    private Batches() {}

    static int run(String verb, String file, PrintWriter err, Body body) {
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        JsonLinesBatch.Summary s;
        Progress progress = Progress.onTerminal(verb + " --batch");
        try (InputStream in = new CountingInputStream(Inputs.batch(file, "--batch"), Inputs.batchSize(file), progress)) {
            s = body.run(in, out);
        } catch (IOException e) {
            throw new UserError(verb + " --batch: cannot read " + file + " to its end: " + e.getMessage()
                    + " (the lines before were answered)");
        } finally {
            progress.finish();
        }
        if (s.errors() > 0) {
            err.println("keyless: " + verb + ": " + s.errors() + " of " + s.requests()
                    + " requests were refused (their lines carry \"error\")");
            return ExitCode.TOOL_ERROR;
        }
        return ExitCode.OK;
    }
}
