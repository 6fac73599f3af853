package dev.keyless.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one JSON writer, against a reference: random trees with hostile strings (control characters,
 * quotes, backslashes, non-ASCII, pairs and lone surrogates) written pretty and compact must read back
 * as the same tree (the reference is Jackson's reader, strict about duplicates), the pretty form in the
 * AWS CLI's layout (four spaces a level, {@code "key": value}, empty containers as {@code []} and
 * {@code {}}), and both forms must hold the same tokens.
 */
class AwsCliJsonTest {

    private static final ObjectMapper READER = StrictJson.mapper();
    private static final String CHARS = "aZ09 \"\\/\n\r\t\b\f\u0000\u001f\u007fé€\u2028\ud83d\ude00\ud800\udfff:{}[],";

    @Test
    void random_trees_read_back_the_same_pretty_and_compact() throws Exception {
        Random r = new Random(20261203L);
        for (int i = 0; i < 5_000; i++) {
            JsonNode tree = tree(r, 0);
            String pretty = AwsCliJson.pretty(tree);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = AwsCliJson.compact(bytes)) {
                READER.writeTree(g, tree);
            }
            String compact = bytes.toString(StandardCharsets.UTF_8);
            assertThat(READER.readTree(pretty)).as(pretty).isEqualTo(tree);
            assertThat(READER.readTree(compact)).as(compact).isEqualTo(tree);
            assertThat(withoutLayout(pretty)).isEqualTo(compact);
            assertThat(compact).doesNotContain("\n");
            assertLayout(pretty);
        }
    }

    @Test
    void the_layout_is_the_aws_clis() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.putArray("findings");
        n.putObject("empty");
        n.putArray("list").add("é").add(1);
        assertThat(AwsCliJson.pretty(n)).isEqualTo("""
                {
                    "findings": [],
                    "empty": {},
                    "list": [
                        "é",
                        1
                    ]
                }""");
    }

    @Test
    void a_lone_surrogate_is_written_as_an_escape_and_a_pair_reads_back_as_the_same_character() throws Exception {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("lone", "a\ud800b").put("pair", "\ud83d\ude00");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = AwsCliJson.compact(bytes)) {
            READER.writeTree(g, n);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("\"a\\ud800b\"");
        assertThat(READER.readTree(out).get("pair").asText()).isEqualTo("\ud83d\ude00");
    }

    private static JsonNode tree(Random r, int depth) {
        int kind = depth > 4 ? 2 + r.nextInt(3) : r.nextInt(5);
        switch (kind) {
            case 0: {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                for (int k = r.nextInt(4); k > 0; k--) {
                    o.set(string(r), tree(r, depth + 1));
                }
                return o;
            }
            case 1: {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                for (int k = r.nextInt(4); k > 0; k--) {
                    a.add(tree(r, depth + 1));
                }
                return a;
            }
            case 2:
                return JsonNodeFactory.instance.textNode(string(r));
            case 3:
                return JsonNodeFactory.instance.numberNode(r.nextLong());
            default:
                return r.nextBoolean() ? JsonNodeFactory.instance.booleanNode(r.nextBoolean()) : JsonNodeFactory.instance.nullNode();
        }
    }

    private static String string(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(8); k > 0; k--) {
            sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return sb.toString();
    }

    /** The pretty text without the whitespace between tokens (whitespace inside strings stays). */
    private static String withoutLayout(String json) {
        StringBuilder sb = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                sb.append(c);
                if (c == '\\') {
                    sb.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                sb.append(c);
            } else if (c != ' ' && c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Each line is indented four spaces per open container; a member is written {@code "key": value}. */
    private static void assertLayout(String pretty) {
        int depth = 0;
        for (String line : pretty.split("\n")) {
            String body = line.stripLeading();
            int indent = line.length() - body.length();
            int expected = body.startsWith("}") || body.startsWith("]") ? depth - 1 : depth;
            assertThat(indent).as("indent of %s in%n%s", line, pretty).isEqualTo(4 * expected);
            String outside = withoutStrings(body);
            depth += count(outside, '{') + count(outside, '[') - count(outside, '}') - count(outside, ']');
            assertThat(outside).doesNotContain("\":\"").doesNotContain(" :");
        }
        assertThat(depth).isZero();
    }

    private static String withoutStrings(String s) {
        return s.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
