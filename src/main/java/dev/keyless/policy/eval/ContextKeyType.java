package dev.keyless.policy.eval;

import java.util.Optional;

/**
 * The simulator's {@code ContextKeyType}. List types make a multivalued key; the others take exactly
 * one value.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ContextEntry.html">ContextEntry</a>
 */
public enum ContextKeyType {
    STRING("string", false), STRING_LIST("stringList", true),
    NUMERIC("numeric", false), NUMERIC_LIST("numericList", true),
    BOOLEAN("boolean", false), BOOLEAN_LIST("booleanList", true),
    IP("ip", false), IP_LIST("ipList", true),
    BINARY("binary", false), BINARY_LIST("binaryList", true),
    DATE("date", false), DATE_LIST("dateList", true);

    /** {@code values()} copies its array on every call; element() and fromJson() run for every context value. */
    private static final ContextKeyType[] ALL = values();

    private final String json;
    private final boolean list;

    ContextKeyType(String json, boolean list) {
        this.json = json;
        this.list = list;
    }

    public String json() {
        return json;
    }

    public boolean list() {
        return list;
    }

    /** The type of each value: {@code stringList} holds strings, and so on. */
    public ContextKeyType element() {
        return list ? ALL[ordinal() - 1] : this;
    }

    public static Optional<ContextKeyType> fromJson(String s) {
        for (ContextKeyType t : ALL) {
            if (t.json.equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (ContextKeyType t : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.json);
        }
        return sb.toString();
    }
}
