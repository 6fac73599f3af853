package dev.keyless.policy.jsonl;

import dev.keyless.io.Utf8Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Answers a JSON Lines stream, one answer line per request line, in input order, on several threads:
 * the machinery of every {@code --batch} verb. Lines are read in blocks of about 1 MB; worker threads
 * answer blocks while the calling thread reads ahead and writes answers back in order. At most
 * {@code 2 * workers} blocks are in flight, and a line longer than {@link Limits#maxLine()} is
 * skipped without being held, so memory stays bounded however long the input is. Blank lines get no
 * answer. What a line says is the {@link LineAnswerer}'s business.
 */
public final class JsonLinesBatch {

    /** How much one line, and the whole input, may hold (bytes). */
    public record Limits(int maxLine, long maxTotal) {}

    /** Counts for the closing summary: answered lines, error lines among them, and the answerer's units. */
    public record Summary(long requests, long errors, long units) {}

    /** Answers one line: writes an answer (without newline) and returns its units, or -1 after writing an error line. */
    public interface LineAnswerer {
        long answer(byte[] buf, int start, int length, LongSupplier lineNo, AnswerLines out);
    }

    private final Limits limits;

    public JsonLinesBatch(Limits limits) {
        this.limits = limits;
    }

    /**
     * Answers every line of {@code in} onto {@code out}; {@code answerers} gives each worker thread
     * its own answerer (they may hold per-thread caches).
     *
     * @throws IOException also when the input is larger than {@link Limits#maxTotal()}: then the
     *                     answers so far have been written and the rest is not read
     */
    public Summary run(InputStream in, OutputStream out, int workers, ThreadLocal<? extends LineAnswerer> answerers)
            throws IOException {
        int n = Math.max(1, workers);
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "keyless-batch");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Answered>> inFlight = new ArrayDeque<>();
        long[] totals = new long[3];
        try {
            BlockReader reader = new BlockReader(in, limits.maxLine(), limits.maxTotal());
            BlockReader.Block block;
            // Line numbers (for error messages) chain from block to block without a counting pass here:
            // each block learns its first line number when the block before it is done.
            CompletableFuture<Long> firstLine = CompletableFuture.completedFuture(1L);
            try {
                while ((block = reader.next()) != null) {
                    final BlockReader.Block b = block;
                    final CompletableFuture<Long> mine = firstLine;
                    final CompletableFuture<Long> next = new CompletableFuture<>();
                    firstLine = next;
                    inFlight.add(pool.submit(() -> b.tooLong() ? tooLong(mine, next) : answerBlock(b.bytes(), mine, next,
                            answerers.get())));
                    if (inFlight.size() >= 2 * n) {
                        write(inFlight.poll(), out, totals);
                    }
                }
            } finally {
                while (!inFlight.isEmpty()) {
                    write(inFlight.poll(), out, totals);
                }
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(totals[0], totals[1], totals[2]);
    }

    private record Answered(AnswerLines output, long requests, long errors, long units) {}

    private static void write(Future<Answered> f, OutputStream out, long[] totals) throws IOException {
        Answered b;
        try {
            b = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch worker failed", e.getCause());
        }
        b.output().writeTo(out);
        totals[0] += b.requests();
        totals[1] += b.errors();
        totals[2] += b.units();
    }

    /** A line longer than the limit, skipped by the reader without being held. */
    private Answered tooLong(CompletableFuture<Long> firstLine, CompletableFuture<Long> next) {
        long line = firstLine.join();
        next.complete(line + 1);
        AnswerLines out = new AnswerLines(160);
        tooLong(line, out);
        out.newline();
        return new Answered(out, 1, 1, 0);
    }

    private void tooLong(long line, AnswerLines out) {
        out.error(BatchId.NULL, "InvalidInput: line " + line + " is more than the " + limits.maxLine()
                + "-byte limit of a line; it was not read");
    }

    private Answered answerBlock(byte[] block, CompletableFuture<Long> firstLine, CompletableFuture<Long> next,
                                        LineAnswerer answerer) {
        AnswerLines sb = new AnswerLines(block.length / 2 + 64);
        long requests = 0;
        long errors = 0;
        long units = 0;
        long lineNo = 0;
        int start = 0;
        while (start < block.length) {
            int text = start;
            while (text < block.length && (block[text] == ' ' || block[text] == '\t')) {
                text++;
            }
            int nl;
            if (text == block.length || block[text] == '\n') {
                nl = text; // a blank line
            } else if (block[text] == '\r' && (text + 1 == block.length || block[text + 1] == '\n')) {
                nl = text + 1; // a blank line ending in CR LF
            } else {
                requests++;
                final long local = lineNo;
                LongSupplier lineNumber = () -> firstLine.join() + local;
                nl = newline(block, text);
                int end = nl > start && block[nl - 1] == '\r' ? nl - 1 : nl;
                long answered;
                // Checked before any parser sees the bytes: Jackson would read a BOM-less UTF-16 or UTF-32 line as such.
                Optional<String> notText = end - start > limits.maxLine() ? Optional.empty()
                        : Utf8Text.problem(block, start, end);
                if (end - start > limits.maxLine()) {
                    tooLong(lineNumber.getAsLong(), sb);
                    answered = -1;
                } else if (notText.isPresent()) {
                    sb.error(BatchId.NULL, "InvalidInput: line " + lineNumber.getAsLong() + " " + notText.get());
                    answered = -1;
                } else {
                    answered = answerer.answer(block, start, end - start, lineNumber, sb);
                }
                if (answered < 0) {
                    errors++;
                } else {
                    units += answered;
                }
                sb.newline();
            }
            lineNo++;
            start = nl + 1;
        }
        final long count = lineNo;
        firstLine.thenAccept(first -> next.complete(first + count));
        return new Answered(sb, requests, errors, units);
    }

    /** The index of the first newline at or after {@code from}, or the block's length. */
    private static int newline(byte[] block, int from) {
        int nl = from;
        while (nl < block.length && block[nl] != '\n') {
            nl++;
        }
        return nl;
    }
}
