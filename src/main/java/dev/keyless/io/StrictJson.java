package dev.keyless.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON as every input of keyless is read: one value, a duplicate member refused (RFC 8259 §4: "The
 * names within an object SHOULD be unique"; readers disagree on which value wins, so a gate that
 * reads one value while AWS or Pulumi reads the other would judge something else), nesting at most
 * {@value #MAX_NESTING} deep, numbers at most {@value #MAX_NUMBER_LENGTH} digits, strings no longer
 * than the largest input.
 */
public final class StrictJson {

    /** Deeper than any policy, request or stack export keyless reads: a policy is about six levels. */
    public static final int MAX_NESTING = 100;
    /** Longer numbers are refused before they are converted: no input of keyless needs more. */
    public static final int MAX_NUMBER_LENGTH = 100;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(InputLimit.STACK_EXPORT.maxBytes())
            .maxDocumentLength(InputLimit.STACK_EXPORT.maxBytes())
            .build();

    /** The factory for streaming readers (the policy reader, the simulation requests, --batch lines). */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {}

    /** The mapper behind {@link #readTree}, for callers that convert trees (never for reading text: use readTree). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The JSON value of {@code text}; {@code source} names it in the refusal ("--access: not valid JSON
     * at line 1, column 9: Duplicate field 'actions'"). An empty text is refused too.
     */
    public static JsonNode readTree(String text, String source) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonNode node = MAPPER.readTree(p);
            if (node == null || node.isMissingNode()) {
                throw new InputException(source + ": no JSON value (the input is empty or blank)");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new InputException(source + ": cannot read it: " + e.getMessage());
        }
    }

    /** " at line L, column C", or nothing when the parser knows no location. */
    public static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
