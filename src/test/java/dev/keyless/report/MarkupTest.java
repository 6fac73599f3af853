package dev.keyless.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one markup escaper, against a reference: the JDK's XML parser must read every escaped string
 * back, as text and as an attribute value, as the string itself with only XML's forbidden characters
 * replaced by U+FFFD.
 */
class MarkupTest {

    private static final String CHARS = "a<>&\"' \t\n\u0000\u0008\u001féह\ud83d\ude00\ud800\udc00\uffff/=";

    @Test
    void escaped_text_and_attributes_read_back_as_the_text_in_an_xml_parser() throws Exception {
        Random r = new Random(20261203L);
        var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
            String s = sb.toString();
            String xml = "<r a=\"" + Markup.escape(s) + "\">" + Markup.escape(s) + "</r>";
            var root = parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            String expected = legal(s);
            assertThat(root.getTextContent()).as(xml).isEqualTo(expected.replace("\r", "\n"));
            // attribute values normalise whitespace characters to spaces (XML 1.0 §3.3.3)
            assertThat(root.getAttribute("a")).isEqualTo(expected.replaceAll("[\t\n\r]", " "));
        }
    }

    @Test
    void a_name_cannot_leave_its_attribute_or_element() {
        assertThat(Markup.escape("x\"><script>alert(1)</script>")).doesNotContain("<", ">", "\"");
        assertThat(Markup.escape("it's")).isEqualTo("it&#39;s");
        assertThat(Markup.xmlChars("a<b\u0000")).isEqualTo("a<b\uFFFD");
    }

    /** The reference for what XML may hold: forbidden characters become U+FFFD, pairs stay. */
    private static String legal(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c >= '\uFFFE') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
