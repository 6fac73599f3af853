package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;

import java.util.List;
import java.util.Locale;

/**
 * UNSUPPORTED_CHARACTER (ERROR, keyless's own): "Policy documents can contain only the following
 * Unicode characters: horizontal tab (U+0009), linefeed (U+000A), carriage return (U+000D), and
 * characters in the range U+0020 to U+00FF." IAM rejects the whole document otherwise; a typographic
 * quote or dash pasted into a Sid or a condition value is the usual cause. The first such
 * character is reported, where it stands (one finding is enough to explain a rejected document).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names">IAM name requirements</a>
 */
public final class UnsupportedCharacterCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        String text = context.parsed().text();
        int at = firstUnsupported(text);
        if (at < 0) {
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int width = Character.isHighSurrogate(text.charAt(at)) && at + 1 < text.length() ? 2 : 1;
        int column = at - lineStart;
        Span span = new Span(new Position(line, column, at), new Position(line, column + width, at + width));
        out.add(Finding.of(IssueCode.UNSUPPORTED_CHARACTER, IssueCode.UNSUPPORTED_CHARACTER.details("character",
                String.format(Locale.ROOT, "U+%04X", text.codePointAt(at))), new Location(JsonPath.ROOT, span)));
    }

    /** IAM's accepted characters up to U+00FF, as a table: this runs over every character of every document. */
    private static final boolean[] ALLOWED = new boolean[0x100];

    static {
        for (int c = 0; c < ALLOWED.length; c++) {
            ALLOWED[c] = c == '\t' || c == '\n' || c == '\r' || c >= 0x20;
        }
    }

    /** The offset of the first character IAM does not accept, or -1. */
    static int firstUnsupported(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > 0xFF || !ALLOWED[c]) {
                return i;
            }
        }
        return -1;
    }
}
