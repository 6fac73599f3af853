package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyless.io.AwsCliJson;
import dev.keyless.io.InputLimit;
import dev.keyless.io.Utf8Text;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.eval.SimulationRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Answers a JSON Lines file of simulation requests, one answer line per request line, in order:
 * {@code {"id":…,"request":{…}}} becomes {@code {"id":…,"EvaluationResults":[…]}} or
 * {@code {"id":…,"error":"…"}}. A bad line is answered with an error and the batch goes on. Lines
 * are read in blocks and answered by a few threads, in order, so memory does not grow with the file.
 */
public final class BatchSimulation {

    /** Counts for the closing summary. */
    public record Summary(long requests, long errors, long evaluations) {}

    private final PolicySimulator simulator;

    public BatchSimulation(PolicySimulator simulator) {
        this.simulator = simulator;
    }

    public Summary run(InputStream in, OutputStream out) throws IOException {
        return run(in, out, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads the input in blocks of whole lines; {@code workers} threads answer blocks while this thread
     * reads ahead and writes answers back in input order. At most {@code 2 * workers} blocks are in
     * flight, so memory stays bounded however long the file is.
     */
    public Summary run(InputStream in, OutputStream out, int workers) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers), r -> {
            Thread t = new Thread(r, "keyless-batch");
            t.setDaemon(true);
            return t;
        });
        Map<String, String> canonical = new ConcurrentHashMap<>();
        ThreadLocal<RawStringCache> caches = ThreadLocal.withInitial(() -> new RawStringCache(canonical));
        ArrayDeque<Future<Block>> inFlight = new ArrayDeque<>();
        long[] totals = new long[3];
        try {
            BlockReader reader = new BlockReader(in, InputLimit.SIMULATION_REQUEST.maxBytes());
            BlockReader.Block block;
            // Line numbers (for error messages) chain from block to block without a counting pass here:
            // each block learns its first line number when the block before it is done.
            CompletableFuture<Long> firstLine = CompletableFuture.completedFuture(1L);
            while ((block = reader.next()) != null) {
                final BlockReader.Block b = block;
                final CompletableFuture<Long> mine = firstLine;
                final CompletableFuture<Long> next = new CompletableFuture<>();
                firstLine = next;
                inFlight.add(pool.submit(() -> answerBlock(b, mine, next, caches.get())));
                if (inFlight.size() >= 2 * Math.max(1, workers)) {
                    write(inFlight.poll(), out, totals);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out, totals);
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return new Summary(totals[0], totals[1], totals[2]);
    }

    private record Block(Answers output, long requests, long errors, long evaluations) {}

    /** One block's answer lines, as bytes; a line being written can be taken back (an answer replaced by an error). */
    private static final class Answers extends java.io.ByteArrayOutputStream {
        Answers(int size) {
            super(size);
        }

        void truncate(int mark) {
            count = mark;
        }
    }

    private static void write(Future<Block> f, OutputStream out, long[] totals) throws IOException {
        Block b;
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
        totals[2] += b.evaluations();
    }

    private Block answerBlock(BlockReader.Block lines, CompletableFuture<Long> firstLine, CompletableFuture<Long> next,
                              RawStringCache cache) {
        byte[] block = lines.bytes();
        Answers sb = new Answers(block.length / 2 + 64);
        long requests = 0;
        long errors = 0;
        long evaluations = 0;
        long lineNo = 0;
        int start = 0;
        while (start < block.length) {
            int text = start;
            while (text < block.length && (block[text] == ' ' || block[text] == '\t')) {
                text++;
            }
            int nl;
            if (lineNo == lines.oversizedLine()) {
                requests++;
                errors++;
                nl = newline(block, text);
                final long local = lineNo;
                error(sb, Id.NULL, "InvalidInput: line " + (firstLine.join() + local) + " is " + lines.oversizedLength()
                        + " bytes, more than " + InputLimit.SIMULATION_REQUEST.describe() + "; it was skipped unread");
            } else if (text == block.length || block[text] == '\n') {
                nl = text; // a blank line
            } else if (block[text] == '\r' && (text + 1 == block.length || block[text + 1] == '\n')) {
                nl = text + 1; // a blank line ending in CR LF
            } else {
                requests++;
                final long local = lineNo;
                LongSupplier lineNumber = () -> firstLine.join() + local;
                nl = newline(block, text);
                int end = nl > start && block[nl - 1] == '\r' ? nl - 1 : nl;
                int n = answer(block, start, end - start, lineNumber, sb, cache);
                if (n < 0) {
                    errors++;
                } else {
                    evaluations += n;
                }
            }
            lineNo++;
            start = nl + 1;
        }
        final long count = lineNo;
        firstLine.thenAccept(first -> next.complete(first + count));
        return new Block(sb, requests, errors, evaluations);
    }

    /** The index of the first newline at or after {@code from}, or the block's length. */
    private static int newline(byte[] block, int from) {
        int nl = from;
        while (nl < block.length && block[nl] != '\n') {
            nl++;
        }
        return nl;
    }

    /** Writes one answer line; returns the number of results, or -1 for an error line. */
    int answer(byte[] buf, int start, int length, LongSupplier lineNo, Answers out, RawStringCache cache) {
        cache.line(buf, start, length);
        Id id = Id.NULL;
        SimulationRequest request = null;
        String error = null;
        // Checked before Jackson sees the bytes: it would read a BOM-less UTF-16 or UTF-32 line as such.
        java.util.Optional<String> notText = Utf8Text.problem(buf, start, start + length);
        if (notText.isPresent()) {
            return respond(id, null, "InvalidInput: line " + lineNo.getAsLong() + " " + notText.get(), lineNo, out);
        }
        try (JsonParser p = SimulationRequestJson.FACTORY.createParser(buf, start, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw EvaluationException.invalidInput("the line is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("id")) {
                    id = scalar(p, t);
                } else if (name.equals("request")) {
                    if (t != JsonToken.START_OBJECT) {
                        throw EvaluationException.invalidInput("\"request\" must be a SimulateCustomPolicy request object");
                    }
                    request = SimulationRequestJson.read(p, cache);
                } else {
                    p.skipChildren();
                }
            }
            if (request == null) {
                throw EvaluationException.invalidInput("the line has no \"request\"");
            }
        } catch (JsonProcessingException e) {
            error = "InvalidInput: line " + lineNo.getAsLong() + " is not valid JSON: " + e.getOriginalMessage();
        } catch (EvaluationException e) {
            error = e.awsCode() + ": line " + lineNo.getAsLong() + ": " + e.getMessage();
        } catch (IOException e) {
            error = "InvalidInput: line " + lineNo.getAsLong() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            error = internal(lineNo, e);
        }
        return respond(id, request, error, lineNo, out);
    }

    /** Answers a request read from a line, or writes the error that reading it gave. */
    private int respond(Id id, SimulationRequest request, String error, LongSupplier lineNo, Answers out) {
        if (error == null) {
            int mark = out.size();
            // a generator per line: a line that fails half-written is taken back whole
            try (JsonGenerator json = AwsCliJson.compact(out)) {
                List<EvaluationResult> results = simulator.simulateCustomPolicy(request);
                json.writeStartObject();
                id.write(json);
                json.writeFieldName("EvaluationResults");
                EvaluationResultsJson.results(json, results);
                json.writeEndObject();
                json.flush();
                out.write('\n');
                return results.size();
            } catch (EvaluationException e) {
                error = e.awsCode() + ": line " + lineNo.getAsLong() + ": " + e.getMessage();
            } catch (IOException | RuntimeException e) {
                error = internal(lineNo, e);
            }
            out.truncate(mark);
        }
        error(out, id, error);
        return -1;
    }

    /** An error line: {@code {"id":…,"error":"…"}}. */
    private static void error(Answers out, Id id, String error) {
        try (JsonGenerator json = AwsCliJson.compact(out)) {
            json.writeStartObject();
            id.write(json);
            json.writeStringField("error", error);
            json.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to memory", e);
        }
        out.write('\n');
    }

    /**
     * A defect of ours on one line stays on that line: it is answered as an error (so the batch still
     * fails closed) instead of stopping the other requests with a stack trace.
     */
    private static String internal(LongSupplier lineNo, Exception e) {
        return "InternalError: line " + lineNo.getAsLong() + ": keyless could not answer this request (" + e
                + "); please report it with the line";
    }

    /** The id echoed as JSON: a string (written with escapes) or another scalar's literal text. */
    private record Id(String text, boolean string) {
        static final Id NULL = new Id("null", false);

        void write(JsonGenerator json) throws IOException {
            json.writeFieldName("id");
            if (string) {
                json.writeString(text);
            } else {
                json.writeRawValue(text);
            }
        }
    }

    /** The id echoed as JSON; only scalars are accepted. */
    private static Id scalar(JsonParser p, JsonToken t) throws IOException, EvaluationException {
        switch (t) {
            case VALUE_STRING:
                return new Id(p.getText(), true);
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: case VALUE_TRUE: case VALUE_FALSE: case VALUE_NULL:
                return new Id(p.getText(), false);
            default:
                p.skipChildren();
                throw EvaluationException.invalidInput("\"id\" must be a string or a number");
        }
    }
}
