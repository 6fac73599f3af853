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

    private static final int FIELDS_BEFORE_RESOURCE = 5;

    private final String text;
    private final String literalService;
    private final String literalPrefix;
    /** Offsets of the first five colons when no wildcard or variable comes before the fifth, else null. */
    private final int[] plainColons;
    // Compiled on first use: a Resource value with plain fields is matched field by field and by its
    // resource part, and never needs the whole pattern. A racing second compile gives an equal
    // result; both classes have only final fields, so publication without a lock is safe.
    private CharSequencePattern pattern;
    private ArnPattern resourcePart;

    private ArnPattern(String text, int firstWildcard, int[] colons, int colonCount) {
        this.text = text;
        this.literalPrefix = firstWildcard == text.length() ? text : text.substring(0, firstWildcard);
        // The third field when nothing before its end can stretch, for a fast mismatch test.
        this.literalService = colonCount >= 3 ? text.substring(colons[1] + 1, colons[2]) : null;
        this.plainColons = colonCount == FIELDS_BEFORE_RESOURCE ? colons : null;
    }

    /**
     * A Resource value ready for matching. Only its literal start and its first five colons are
     * found here (the shortcuts of {@link ArnFormat#matches(ArnPattern)} need those); the pattern
     * itself is compiled when first needed.
     */
    public static ArnPattern of(String resource) {
        int length = resource.length();
        int[] colons = new int[FIELDS_BEFORE_RESOURCE];
        int colonCount = 0;
        int i = 0;
        for (; i < length; i++) {
            char c = resource.charAt(i);
            if (c == '*' || c == '?' || c == '$') {
                break;
            }
            if (c == ':' && colonCount < FIELDS_BEFORE_RESOURCE) {
                colons[colonCount++] = i;
            }
        }
        return new ArnPattern(resource, i, colons, colonCount);
    }

    private static CharSequencePattern compile(String resource) {
        CharSequencePattern.Builder b = new CharSequencePattern.Builder(resource.length());
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
        return b.build();
    }

    /** Whole-text literal start (up to the first wildcard or policy variable), for a pattern made from a resource part alone. */
    String literalPrefix() {
        return literalPrefix;
    }

    /**
     * Whether the five fields before the resource part are plain text (no wildcard, no variable):
     * then the resource part of every match begins after the fifth colon, and each field can be
     * judged on its own.
     */
    boolean plainFields() {
        return plainColons != null;
    }

    /** Whether field {@code index} (0 to 4) matches that field of {@code format}; only for {@link #plainFields()}. */
    boolean fieldMatches(int index, FormatFields format) {
        int from = index == 0 ? 0 : plainColons[index - 1] + 1;
        return format.matches(index, text, from, plainColons[index]);
    }

    /**
     * The text after the fifth colon as a pattern of its own, when the five fields before it are
     * plain text ({@link ArnServiceRules#resourceTypesMatchingResourcePart(ArnPattern)} takes it);
     * null otherwise.
     */
    public ArnPattern resourcePart() {
        if (plainColons == null) {
            return null;
        }
        ArnPattern part = resourcePart;
        if (part == null) {
            part = of(text.substring(plainColons[FIELDS_BEFORE_RESOURCE - 1] + 1));
            resourcePart = part;
        }
        return part;
    }

    public String text() {
        return text;
    }

    CharSequencePattern pattern() {
        CharSequencePattern p = pattern;
        if (p == null) {
            p = compile(text);
            pattern = p;
        }
        return p;
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
