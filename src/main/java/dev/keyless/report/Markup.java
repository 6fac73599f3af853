package dev.keyless.report;

/**
 * The one escaper of text for the reports' markup: HTML (index.html), SVG (the access graph, also
 * inlined in the page) and XML (JUnit). The five characters with a meaning in markup become
 * references; characters that XML 1.0 forbids (C0 controls other than tab, newline and return, lone
 * surrogates, U+FFFE and U+FFFF) become U+FFFD, so a hostile resource name can neither break out of an
 * attribute nor make a report unreadable. Safe in text and in quoted attributes alike.
 *
 * @see <a href="https://www.w3.org/TR/xml/#charsets">XML 1.0, Characters</a>
 */
public final class Markup {

    private Markup() {}

    public static String escape(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = replacement(s, i, c);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16).append(s, 0, i);
            }
            if (replacement.isEmpty()) {
                // a surrogate pair: both halves as they are
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(replacement);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Text that XML 1.0 can hold: only the forbidden characters replaced, for writers that escape the rest. */
    public static String xmlChars(String s) {
        return escape(s).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** null: keep the character; "": keep this surrogate pair; otherwise what to write instead. */
    private static String replacement(String s, int i, char c) {
        switch (c) {
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '&': return "&amp;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            default:
                break;
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r' ? null : "\uFFFD";
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return "";
        }
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return "\uFFFD";
        }
        return null;
    }
}
