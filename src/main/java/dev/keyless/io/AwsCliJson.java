package dev.keyless.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one JSON writer of keyless: Jackson, laid out as the AWS CLI prints JSON (four spaces of
 * indentation, {@code "key": value}, {@code []} and {@code {}} for empty containers), or compact for
 * JSON Lines. Strings are written as UTF-8 text; only surrogates are escaped ({@code \ud83d\ude00}), so
 * a lone surrogate that came in as an escape goes out as one instead of breaking the output.
 */
public final class AwsCliJson {

    /** What a writer does with a generator: the members, in AWS's order. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((SerializableString) null)
            .build();
    private static final CharacterEscapes ESCAPES = new SurrogateEscapes();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private static final DefaultPrettyPrinter AWS_CLI_STYLE = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"));

    private AwsCliJson() {}

    /** {@code body} as the AWS CLI prints it, without a final newline. */
    public static String pretty(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(ESCAPES);
            g.setPrettyPrinter(AWS_CLI_STYLE.createInstance());
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return out.toString();
    }

    /** A tree as the AWS CLI prints it, without a final newline. */
    public static String pretty(JsonNode tree) {
        return pretty(g -> MAPPER.writeTree(g, tree));
    }

    /** A compact UTF-8 generator over {@code out} (JSON Lines: the caller ends each value with a newline). */
    public static JsonGenerator compact(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setCharacterEscapes(ESCAPES);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** Escapes surrogates only; every other character is written as the standard escapes say. */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
