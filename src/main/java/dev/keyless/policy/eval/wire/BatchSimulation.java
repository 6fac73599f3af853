package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.eval.SimulationRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Answers a JSON Lines file of simulation requests, one answer line per request line, in order:
 * {@code {"id":…,"request":{…}}} becomes {@code {"id":…,"EvaluationResults":[…]}} or
 * {@code {"id":…,"error":"…"}}. A bad line is answered with an error and the batch goes on. Lines
 * are read and answered one at a time, so memory does not grow with the file.
 */
public final class BatchSimulation {

    /** Counts for the closing summary. */
    public record Summary(long requests, long errors, long evaluations) {}

    private final PolicySimulator simulator;

    public BatchSimulation(PolicySimulator simulator) {
        this.simulator = simulator;
    }

    public Summary run(InputStream in, OutputStream out) throws IOException {
        LineReader lines = new LineReader(in);
        StringBuilder sb = new StringBuilder(4096);
        byte[] encoded = new byte[0];
        long requests = 0;
        long errors = 0;
        long evaluations = 0;
        long lineNo = 0;
        while (lines.next()) {
            lineNo++;
            if (lines.blank()) {
                continue;
            }
            requests++;
            sb.setLength(0);
            int n = answer(lines.buffer(), lines.start(), lines.length(), lineNo, sb);
            if (n < 0) {
                errors++;
            } else {
                evaluations += n;
            }
            sb.append('\n');
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        return new Summary(requests, errors, evaluations);
    }

    /** Writes one answer line (without newline); returns the number of results, or -1 for an error line. */
    int answer(byte[] buf, int start, int length, long lineNo, StringBuilder sb) {
        JsonWriter w = new JsonWriter(sb, false);
        String id = "null";
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
                    id = scalar(p, t);
                } else if (name.equals("request")) {
                    if (t != JsonToken.START_OBJECT) {
                        throw EvaluationException.invalidInput("\"request\" must be a SimulateCustomPolicy request object");
                    }
                    request = SimulationRequestJson.read(p);
                } else {
                    p.skipChildren();
                }
            }
            if (request == null) {
                throw EvaluationException.invalidInput("the line has no \"request\"");
            }
        } catch (JsonProcessingException e) {
            error = "InvalidInput: line " + lineNo + " is not valid JSON: " + e.getOriginalMessage();
        } catch (EvaluationException e) {
            error = e.awsCode() + ": line " + lineNo + ": " + e.getMessage();
        } catch (IOException e) {
            error = "InvalidInput: line " + lineNo + ": " + e.getMessage();
        }
        if (error == null) {
            try {
                List<EvaluationResult> results = simulator.simulateCustomPolicy(request);
                w.beginObject().name("id").raw(id).name("EvaluationResults");
                EvaluationResultsJson.results(w, results);
                w.endObject();
                return results.size();
            } catch (EvaluationException e) {
                error = e.awsCode() + ": " + e.getMessage();
            }
        }
        sb.setLength(0);
        w = new JsonWriter(sb, false);
        w.beginObject().name("id").raw(id).name("error").value(error).endObject();
        return -1;
    }

    /** The id echoed as JSON; only scalars are accepted. */
    private static String scalar(JsonParser p, JsonToken t) throws IOException, EvaluationException {
        switch (t) {
            case VALUE_STRING: {
                StringBuilder sb = new StringBuilder();
                new JsonWriter(sb, false).value(p.getText());
                return sb.toString();
            }
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: case VALUE_TRUE: case VALUE_FALSE: case VALUE_NULL:
                return p.getText();
            default:
                p.skipChildren();
                throw EvaluationException.invalidInput("\"id\" must be a string or a number");
        }
    }

    /** Splits a byte stream into lines without decoding it; a line may be longer than the buffer. */
    static final class LineReader {
        private final InputStream in;
        private byte[] buf = new byte[1 << 20];
        private int filled;
        private int pos;
        private int lineStart;
        private int lineEnd;
        private boolean eof;

        LineReader(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            while (true) {
                for (int i = pos; i < filled; i++) {
                    if (buf[i] == '\n') {
                        lineStart = pos;
                        lineEnd = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                        pos = i + 1;
                        return true;
                    }
                }
                if (eof) {
                    if (pos < filled) {
                        lineStart = pos;
                        lineEnd = filled;
                        pos = filled;
                        return true;
                    }
                    return false;
                }
                fill();
            }
        }

        private void fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, filled - pos);
                filled -= pos;
                pos = 0;
            }
            if (filled == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
            }
        }

        byte[] buffer() {
            return buf;
        }

        int start() {
            return lineStart;
        }

        int length() {
            return lineEnd - lineStart;
        }

        boolean blank() {
            for (int i = lineStart; i < lineEnd; i++) {
                if (buf[i] != ' ' && buf[i] != '\t') {
                    return false;
                }
            }
            return true;
        }
    }
}
