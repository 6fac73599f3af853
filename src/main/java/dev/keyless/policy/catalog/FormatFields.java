package dev.keyless.policy.catalog;

/**
 * The first five fields of an ARN format (partition, service, Region, account), for judging the
 * plain-text fields of a policy ARN one by one (see {@link ArnFormat#matches(ArnPattern)}). Most
 * fields are empty, one variable, {@code *} or plain text, and are judged without a pattern; any
 * other field is compiled as {@link ArnFormat}'s whole pattern compiles it: a variable takes one or
 * more characters other than {@code :}, a {@code *} any number of them.
 */
final class FormatFields {

    private static final byte EMPTY = 0;
    private static final byte ONE_VARIABLE = 1;
    private static final byte STAR = 2;
    private static final byte LITERAL = 3;
    private static final byte PATTERN = 4;

    private final String[] texts;
    private final byte[] kinds;
    private final CharSequencePattern[] patterns;

    FormatFields(String[] fields) {
        texts = new String[5];
        kinds = new byte[5];
        patterns = new CharSequencePattern[5];
        for (int i = 0; i < 5; i++) {
            String f = fields[i];
            texts[i] = f;
            kinds[i] = kind(f);
            if (kinds[i] == PATTERN) {
                CharSequencePattern.Builder b = new CharSequencePattern.Builder(f.length());
                compile(b, f);
                patterns[i] = b.build();
            }
        }
    }

    private static byte kind(String f) {
        if (f.isEmpty()) {
            return EMPTY;
        }
        if (f.equals("*")) {
            return STAR;
        }
        int close = f.indexOf('}');
        if (f.startsWith("${") && close == f.length() - 1) {
            return ONE_VARIABLE;
        }
        return f.indexOf("${") < 0 && f.indexOf('*') < 0 ? LITERAL : PATTERN;
    }

    /** A field as a pattern step list: the same steps the whole format's pattern has for it. */
    static void compile(CharSequencePattern.Builder b, String field) {
        int i = 0;
        while (i < field.length()) {
            if (field.startsWith("${", i) && field.indexOf('}', i) > 0) {
                b.one(CharSequencePattern.NOT_COLON).many(CharSequencePattern.NOT_COLON);
                i = field.indexOf('}', i) + 1;
            } else if (field.charAt(i) == '*') {
                b.many(CharSequencePattern.NOT_COLON);
                i++;
            } else {
                b.one(field.charAt(i++));
            }
        }
    }

    /**
     * Whether {@code text[from, to)}, a policy ARN field without colons, wildcards or variables,
     * matches field {@code index} of the format.
     */
    boolean matches(int index, String text, int from, int to) {
        switch (kinds[index]) {
            case EMPTY:
                return from == to;
            case ONE_VARIABLE:
                return from < to;
            case STAR:
                return true;
            case LITERAL:
                return to - from == texts[index].length() && text.startsWith(texts[index], from);
            default:
                return patterns[index].matches(text, from, to);
        }
    }
}
