package dev.keyless.policy.account;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A policy document given as a JSON string. IAM's API returns documents URL-encoded ("The policy
 * document returned in this structure is URL-encoded compliant with RFC 3986"); the AWS CLI decodes
 * them into JSON objects, other clients and exports keep the string. A string that starts with
 * {@code {} (after whitespace) is already the JSON text; anything else is percent-decoded strictly:
 * {@code %XX} is one byte, the bytes must be UTF-8, and {@code +} stays a plus, as RFC 3986 has it
 * (form encoding's space would change a policy such as {@code "aws:userid": "a+b"}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyVersion.html">PolicyVersion: Document</a>
 */
final class PolicyText {

    private PolicyText() {}

    /** The JSON text of the document, or an exception saying why it cannot be decoded. */
    static String decode(String value) {
        if (value.strip().startsWith("{")) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || Character.digit(value.charAt(i + 1), 16) < 0
                        || Character.digit(value.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("a % at character " + i + " is not followed by two hex digits");
                }
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int cp = value.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the decoded bytes are not UTF-8");
        }
    }
}
