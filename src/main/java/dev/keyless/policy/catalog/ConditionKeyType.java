package dev.keyless.policy.catalog;

import dev.keyless.policy.model.ConditionOperator;

/**
 * A condition key's type as the Service Authorization Reference writes it ({@code String},
 * {@code ArrayOfARN}, ...): a base type, and whether the key is multivalued ({@code ArrayOf}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single-valued vs. multivalued context keys</a>
 */
public record ConditionKeyType(Base base, boolean multivalued) {

    private static final String ARRAY_OF = "ArrayOf";

    /** Base types, each tied to the condition-operator family that compares it. */
    public enum Base {
        STRING("String", ConditionOperator.Family.STRING),
        ARN("ARN", ConditionOperator.Family.ARN),
        NUMERIC("Numeric", ConditionOperator.Family.NUMERIC),
        DATE("Date", ConditionOperator.Family.DATE),
        BOOL("Bool", ConditionOperator.Family.BOOLEAN),
        IP_ADDRESS("IPAddress", ConditionOperator.Family.IP),
        BINARY("Binary", ConditionOperator.Family.BINARY);

        private final String text;
        private final ConditionOperator.Family family;

        Base(String text, ConditionOperator.Family family) {
            this.text = text;
            this.family = family;
        }

        public String text() {
            return text;
        }

        /** The operator family made for this type (TYPE_MISMATCH compares against it). */
        public ConditionOperator.Family operatorFamily() {
            return family;
        }
    }

    /** Reads AWS's spelling; an unknown type means the catalog is broken, so it throws. */
    public static ConditionKeyType parse(String text) {
        boolean multi = text.startsWith(ARRAY_OF);
        String base = multi ? text.substring(ARRAY_OF.length()) : text;
        for (Base b : Base.values()) {
            if (b.text.equals(base)) {
                return new ConditionKeyType(b, multi);
            }
        }
        throw new IllegalStateException("IAM catalog: unknown condition key type '" + text + "'");
    }

    /** AWS's spelling, e.g. {@code ArrayOfString}. */
    public String text() {
        return (multivalued ? ARRAY_OF : "") + base.text;
    }

    @Override
    public String toString() {
        return text();
    }
}
