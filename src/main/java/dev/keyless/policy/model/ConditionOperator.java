package dev.keyless.policy.model;

import java.util.Optional;

/**
 * A condition operator as IAM reads it: an optional set qualifier ({@code ForAnyValue:} /
 * {@code ForAllValues:}), a base operator, and an optional {@code IfExists} suffix.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html">Single- and multivalued context keys</a>
 */
public record ConditionOperator(Qualifier qualifier, Base base, boolean ifExists) {

    public enum Qualifier { NONE, FOR_ANY_VALUE, FOR_ALL_VALUES }

    /** The family decides how values are parsed and compared. */
    public enum Family { STRING, NUMERIC, DATE, BOOLEAN, BINARY, IP, ARN, NULL }

    public enum Base {
        StringEquals(Family.STRING, false),
        StringNotEquals(Family.STRING, true),
        StringEqualsIgnoreCase(Family.STRING, false),
        StringNotEqualsIgnoreCase(Family.STRING, true),
        StringLike(Family.STRING, false),
        StringNotLike(Family.STRING, true),
        NumericEquals(Family.NUMERIC, false),
        NumericNotEquals(Family.NUMERIC, true),
        NumericLessThan(Family.NUMERIC, false),
        NumericLessThanEquals(Family.NUMERIC, false),
        NumericGreaterThan(Family.NUMERIC, false),
        NumericGreaterThanEquals(Family.NUMERIC, false),
        DateEquals(Family.DATE, false),
        DateNotEquals(Family.DATE, true),
        DateLessThan(Family.DATE, false),
        DateLessThanEquals(Family.DATE, false),
        DateGreaterThan(Family.DATE, false),
        DateGreaterThanEquals(Family.DATE, false),
        Bool(Family.BOOLEAN, false),
        BinaryEquals(Family.BINARY, false),
        IpAddress(Family.IP, false),
        NotIpAddress(Family.IP, true),
        ArnEquals(Family.ARN, false),
        ArnLike(Family.ARN, false),
        ArnNotEquals(Family.ARN, true),
        ArnNotLike(Family.ARN, true),
        Null(Family.NULL, false);

        private final Family family;
        private final boolean negated;

        Base(Family family, boolean negated) {
            this.family = family;
            this.negated = negated;
        }

        public Family family() {
            return family;
        }

        /** Negated operators match when the key is absent (AWS: "a negated matching operator"). */
        public boolean negated() {
            return negated;
        }

        public boolean isLike() {
            return this == StringLike || this == StringNotLike || this == ArnLike || this == ArnNotLike;
        }
    }

    private static final String FOR_ANY = "ForAnyValue:";
    private static final String FOR_ALL = "ForAllValues:";
    private static final String IF_EXISTS = "IfExists";

    /**
     * Reads an operator as written in a policy. Operator names are matched exactly, as IAM does;
     * an unknown name gives {@link Optional#empty()} (Access Analyzer: INVALID_CONDITION_OPERATOR).
     */
    public static Optional<ConditionOperator> parse(String text) {
        Qualifier q = Qualifier.NONE;
        String rest = text;
        if (rest.startsWith(FOR_ANY)) {
            q = Qualifier.FOR_ANY_VALUE;
            rest = rest.substring(FOR_ANY.length());
        } else if (rest.startsWith(FOR_ALL)) {
            q = Qualifier.FOR_ALL_VALUES;
            rest = rest.substring(FOR_ALL.length());
        }
        boolean ifExists = false;
        if (rest.endsWith(IF_EXISTS) && rest.length() > IF_EXISTS.length()) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        for (Base b : Base.values()) {
            if (b.name().equals(rest)) {
                return Optional.of(new ConditionOperator(q, b, ifExists));
            }
        }
        return Optional.empty();
    }

    public String text() {
        String prefix = switch (qualifier) {
            case NONE -> "";
            case FOR_ANY_VALUE -> FOR_ANY;
            case FOR_ALL_VALUES -> FOR_ALL;
        };
        return prefix + base.name() + (ifExists ? IF_EXISTS : "");
    }
}
