package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyless.io.InputLimit;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.eval.SimulationRequest;
import dev.keyless.policy.jsonl.BatchId;
import dev.keyless.policy.jsonl.JsonLinesBatch;
import dev.keyless.policy.jsonl.AnswerLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Answers a JSON Lines file of simulation requests, one answer line per request line, in order:
 * {@code {"id":…,"request":{…}}} becomes {@code {"id":…,"EvaluationResults":[…]}} or
 * {@code {"id":…,"error":"…"}}. A bad line is answered with an error and the batch goes on. The
 * blocks, threads and ordering are {@link JsonLinesBatch}'s.
 */
public final class BatchSimulation {

    /** Counts for the closing summary. */
    public record Summary(long requests, long errors, long evaluations) {}

    /** A line may hold one simulation request ({@link InputLimit#SIMULATION_REQUEST}); the input any number of lines. */
    public static final JsonLinesBatch.Limits LIMITS = new JsonLinesBatch.Limits(InputLimit.SIMULATION_REQUEST.maxBytes(),
            64L << 30);

    private final PolicySimulator simulator;

    public BatchSimulation(PolicySimulator simulator) {
        this.simulator = simulator;
    }

    public Summary run(InputStream in, OutputStream out) throws IOException {
        return run(in, out, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #run(InputStream, OutputStream)} on {@code workers} threads. */
    public Summary run(InputStream in, OutputStream out, int workers) throws IOException {
        Map<String, String> canonical = new ConcurrentHashMap<>();
        ThreadLocal<JsonLinesBatch.LineAnswerer> answerers = ThreadLocal.withInitial(() -> {
            RawStringCache cache = new RawStringCache(canonical);
            return (buf, start, length, lineNo, o) -> answer(buf, start, length, lineNo, o, cache);
        });
        JsonLinesBatch.Summary s = new JsonLinesBatch(LIMITS).run(in, out, workers, answerers);
        return new Summary(s.requests(), s.errors(), s.units());
    }

    /** Writes one answer line (without newline); returns the number of results, or -1 for an error line. */
    int answer(byte[] buf, int start, int length, LongSupplier lineNo, AnswerLines out, RawStringCache cache) {
        cache.line(buf, start, length);
        BatchId id = BatchId.NULL;
        SimulationRequest request = null;
        String error = null;
        try (JsonParser p = SimulationRequestJson.FACTORY.createParser(buf, start, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw EvaluationException.invalidInput("the line is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("id")) {
                    id = BatchId.read(p, t).orElseThrow(() -> EvaluationException.invalidInput(
                            "\"id\" must be a string or a number"));
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
    private int respond(BatchId id, SimulationRequest request, String error, LongSupplier lineNo, AnswerLines out) {
        if (error == null) {
            int mark = out.mark();
            try (JsonGenerator json = out.line()) {
                List<EvaluationResult> results = simulator.simulateCustomPolicy(request);
                json.writeStartObject();
                id.write(json);
                json.writeFieldName("EvaluationResults");
                EvaluationResultsJson.results(json, results);
                json.writeEndObject();
                return results.size();
            } catch (EvaluationException e) {
                error = e.awsCode() + ": line " + lineNo.getAsLong() + ": " + e.getMessage();
            } catch (IOException | RuntimeException e) {
                error = internal(lineNo, e);
            }
            out.reset(mark);
        }
        out.error(id, error);
        return -1;
    }

    /**
     * A defect of ours on one line stays on that line: it is answered as an error (so the batch still
     * fails closed) instead of stopping the other requests with a stack trace.
     */
    private static String internal(LongSupplier lineNo, Exception e) {
        return "InternalError: line " + lineNo.getAsLong() + ": keyless could not answer this request (" + e
                + "); please report it with the line";
    }
}
