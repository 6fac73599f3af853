package dev.keyless.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

import java.io.IOException;
import java.io.StringReader;

/**
 * YAML as keyless reads its settings and exceptions files: no anchors and no aliases, and no key
 * twice in a mapping. Jackson reads an alias as a plain string (so {@code gcp:project: *other}
 * would be the project "other") and a repeated key keeps its last value; a reviewer reading the file
 * sees something else in both cases, so both are refused. The loader stops at the file's size limit
 * ({@code LoaderOptions.codePointLimit}) and Jackson's string limit, so an oversized scalar is
 * refused as soon as it is seen.
 */
public final class StrictYaml {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StrictJson.CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // YAMLMapper's default, which the builder does not set: "key:" with no value is null
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    private static final ObjectMapper MAPPER = YAMLMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private StrictYaml() {}

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(0);
        o.setAllowRecursiveKeys(false);
        o.setNestingDepthLimit(StrictJson.MAX_NESTING);
        o.setCodePointLimit(Math.max(InputLimit.STACK_CONFIG.maxBytes(), InputLimit.EXCEPTIONS.maxBytes()));
        return o;
    }

    /** The mapper that turns a parser's current value into a tree ({@code mapper().readTree(parser)}). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A streaming parser over {@code text}, after a first pass that refuses anchors and aliases
     * (with a {@link JsonParseException} naming the anchor or alias and where it is).
     */
    public static JsonParser parser(String text) throws IOException {
        refuseAnchorsAndAliases(text);
        return FACTORY.createParser(text);
    }

    /** The YAML document of {@code text} as a tree; null for a document with no content (comments only). */
    public static JsonNode readTree(String text, String source) {
        try (JsonParser p = parser(text)) {
            if (p.nextToken() == null) {
                return null;
            }
            return MAPPER.readTree(p);
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": not valid YAML for keyless" + StrictJson.where(e.getLocation()) + ": "
                    + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some limits (code points, nesting) with its own unchecked exceptions
            throw new InputException(source + ": not valid YAML for keyless: " + e.getMessage());
        }
    }

    /**
     * SnakeYAML's events carry every anchor and alias (Jackson's parser shows an alias as a plain
     * string and a scalar's anchor not at all), so they are looked for there.
     */
    private static void refuseAnchorsAndAliases(String text) throws IOException {
        try {
            int depth = 0;
            for (Event e : new Yaml(loaderOptions()).parse(new StringReader(text))) {
                if (e instanceof CollectionStartEvent && ++depth > StrictJson.MAX_NESTING) {
                    // stopped here: SnakeYAML's scanner slows down with the depth of flow collections
                    throw refusal(e, "nesting depth exceeds " + StrictJson.MAX_NESTING + " levels");
                }
                if (e instanceof CollectionEndEvent) {
                    depth--;
                }
                if (e instanceof AliasEvent a) {
                    throw refusal(a, "YAML alias *" + a.getAnchor() + " is not accepted: write the value itself (anchors and aliases are refused)");
                }
                if (e instanceof NodeEvent n && n.getAnchor() != null) {
                    throw refusal(n, "YAML anchor &" + n.getAnchor() + " is not accepted: write each value where it is used (anchors and aliases are refused)");
                }
            }
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new JsonParseException(null, e.getProblem() != null ? e.getProblem() : e.getMessage(), at == null ? null
                    : new JsonLocation(null, at.getIndex(), at.getLine() + 1, at.getColumn() + 1));
        } catch (YAMLException e) {
            throw new JsonParseException(null, e.getMessage());
        }
    }

    private static JsonParseException refusal(Event e, String message) {
        Mark at = e.getStartMark();
        return new JsonParseException(null, message,
                new JsonLocation(null, at.getIndex(), at.getLine() + 1, at.getColumn() + 1));
    }
}
