package dev.keyless.policy.catalog;

/**
 * A policy's {@code Resource} (or {@code NotResource}) value compiled for matching against
 * resource types: a concrete ARN, an ARN with {@code *} and {@code ?}, or {@code *} alone.
 *
 * <p>Policy variables ({@code ${aws:username}}) stand for values known only at request time, so
 * they match anything here; {@code ${*}}, {@code ${?}} and {@code ${$}} are the escapes for the
 * literal characters. Matching is case-sensitive, as ARNs are. A {@code *} here may stretch
 * across colons wherever it stands, while IAM lets only a {@code *} that ends a segment do so: the
 * question asked is "could this name a resource of that type", and answering yes too often only
 * withholds a finding, never invents one.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">IAM JSON policy elements: Resource</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">Policy variables: special characters</a>
 */
public final class ArnPattern {

    private final String text;
    private final CharSequencePattern pattern;
    private final String literalService;
    private final String literalPrefix;
    private final String resourcePartPrefix;

    private ArnPattern(String text, CharSequencePattern pattern, String literalService) {
        this.text = text;
        this.pattern = pattern;
        this.literalService = literalService;
        this.literalPrefix = literalPrefix(text);
        this.resourcePartPrefix = resourcePartPrefix(text);
    }

    public static ArnPattern of(String resource) {
        CharSequencePattern.Builder b = new CharSequencePattern.Builder();
        int i = 0;
        while (i < resource.length()) {
            char c = resource.charAt(i);
            if (c == '*') {
                b.many(CharSequencePattern.ANY);
                i++;
            } else if (c == '?') {
                b.one(CharSequencePattern.ANY);
                i++;
            } else if (c == '$' && resource.startsWith("${", i) && resource.indexOf('}', i) > 0) {
                int close = resource.indexOf('}', i);
                String inside = resource.substring(i + 2, close);
                if (inside.equals("*") || inside.equals("?") || inside.equals("$")) {
                    b.one(inside.charAt(0));
                } else {
                    b.many(CharSequencePattern.ANY);
                }
                i = close + 1;
            } else {
                b.one(c);
                i++;
            }
        }
        return new ArnPattern(resource, b.build(), literalService(resource));
    }

    /** The third field when nothing before its end can stretch, for a fast mismatch test. */
    private static String literalService(String resource) {
        String[] parts = resource.split(":", 4);
        if (parts.length < 4) {
            return null;
        }
        String head = parts[0] + parts[1] + parts[2];
        return head.indexOf('*') >= 0 || head.indexOf('?') >= 0 || head.indexOf('$') >= 0 ? null : parts[2];
    }

    /** The text up to its first wildcard or policy variable: every match starts with it. */
    private static String literalPrefix(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '$') {
                end = i;
                break;
            }
        }
        return text.substring(0, end);
    }

    /**
     * The literal start of the resource part (after the fifth colon), when the five fields before
     * it are plain text: only then does the resource part of every match begin at that colon.
     * Null otherwise.
     */
    private static String resourcePartPrefix(String text) {
        int colons = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '$') {
                return null;
            }
            if (c == ':' && ++colons == 5) {
                return literalPrefix(text.substring(i + 1));
            }
        }
        return null;
    }

    /** Whole-text literal start, for a pattern made from a resource part alone. */
    String literalPrefix() {
        return literalPrefix;
    }

    /** See {@link #resourcePartPrefix(String)}; null when the fields before the resource part are patterns. */
    String resourcePartPrefix() {
        return resourcePartPrefix;
    }

    public String text() {
        return text;
    }

    CharSequencePattern pattern() {
        return pattern;
    }

    /** The ARN's service field if written without wildcards or variables, else null. */
    String literalService() {
        return literalService;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArnPattern other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
