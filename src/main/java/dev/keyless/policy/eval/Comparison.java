package dev.keyless.policy.eval;

import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.value.IamDate;
import dev.keyless.policy.value.IpRange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One policy value of a condition, compiled for its operator's family, answering the operator's
 * positive question ("equals", "is like", "is less than", "is in the range") about one request value.
 * Negation, IfExists and the set qualifiers are applied around it by {@link CompiledCondition}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</a>
 */
abstract class Comparison {

    /** The policy value could not be resolved (a variable without a value): the statement is invalid. */
    static final int INVALID = -1;

    abstract int test(String requestValue, RequestContext ctx);

    /** Variable keys this value reads. */
    void variableKeys(List<String> out) {}

    static Comparison compile(ConditionOperator.Base base, String policyValue, boolean variables) {
        switch (base.family()) {
            case STRING: {
                boolean like = base == ConditionOperator.Base.StringLike || base == ConditionOperator.Base.StringNotLike;
                boolean ignoreCase = base == ConditionOperator.Base.StringEqualsIgnoreCase
                        || base == ConditionOperator.Base.StringNotEqualsIgnoreCase;
                return new Text(Template.compile(policyValue, like, variables, 0, ignoreCase));
            }
            case ARN:
                return new Arn(Template.compile(policyValue, true, variables, 0, false));
            case NUMERIC:
                return new Ordered(Values.number(policyValue), base, true);
            case DATE:
                return new Ordered(IamDate.parseOrNull(policyValue), base, false);
            case BOOLEAN:
                return new Bool(Values.bool(policyValue));
            case BINARY:
                return new Binary(Values.binary(policyValue));
            case IP:
                return new Ip(IpRange.parseOrNull(policyValue));
            default:
                throw new IllegalArgumentException("Null has no value comparison");
        }
    }

    /** StringEquals / StringEqualsIgnoreCase (literal) and StringLike (wildcards), with variables. */
    private static final class Text extends Comparison {
        private final Template template;

        Text(Template template) {
            this.template = template;
        }

        @Override
        int test(String v, RequestContext ctx) {
            Glob g = template.resolve(ctx);
            if (g == null) {
                return INVALID;
            }
            return g.matches(v) ? 1 : 0;
        }

        @Override
        void variableKeys(List<String> out) {
            template.variableKeys(out);
        }
    }

    /** ArnEquals and ArnLike behave alike: part-by-part, case-sensitive, with wildcards. */
    private static final class Arn extends Comparison {
        private final Template template;
        private final Glob[] constant;

        Arn(Template template) {
            this.template = template;
            this.constant = template.hasVariables() ? null : ArnPattern.split(template.constant());
        }

        @Override
        int test(String v, RequestContext ctx) {
            Glob[] parts = constant;
            if (template.hasVariables()) {
                Glob g = template.resolve(ctx);
                if (g == null) {
                    return INVALID;
                }
                parts = ArnPattern.split(g);
            }
            return ArnPattern.matches(parts, ArnPattern.split(v)) ? 1 : 0;
        }

        @Override
        void variableKeys(List<String> out) {
            template.variableKeys(out);
        }
    }

    /** Numeric and Date operators: equality or order; an unreadable value on either side never matches. */
    private static final class Ordered extends Comparison {
        private final Comparable<?> policy;
        private final ConditionOperator.Base base;
        private final boolean numeric;

        Ordered(Comparable<?> policy, ConditionOperator.Base base, boolean numeric) {
            this.policy = policy;
            this.base = base;
            this.numeric = numeric;
        }

        @Override
        int test(String v, RequestContext ctx) {
            if (policy == null) {
                return 0;
            }
            int c;
            if (numeric) {
                BigDecimal r = Values.number(v);
                if (r == null) {
                    return 0;
                }
                c = r.compareTo((BigDecimal) policy);
            } else {
                Instant r = IamDate.parseOrNull(v);
                if (r == null) {
                    return 0;
                }
                c = r.compareTo((Instant) policy);
            }
            switch (base) {
                case NumericLessThan: case DateLessThan: return c < 0 ? 1 : 0;
                case NumericLessThanEquals: case DateLessThanEquals: return c <= 0 ? 1 : 0;
                case NumericGreaterThan: case DateGreaterThan: return c > 0 ? 1 : 0;
                case NumericGreaterThanEquals: case DateGreaterThanEquals: return c >= 0 ? 1 : 0;
                default: return c == 0 ? 1 : 0;
            }
        }
    }

    private static final class Bool extends Comparison {
        private final Boolean policy;

        Bool(Boolean policy) {
            this.policy = policy;
        }

        @Override
        int test(String v, RequestContext ctx) {
            return policy != null && policy.equals(Values.bool(v)) ? 1 : 0;
        }
    }

    private static final class Binary extends Comparison {
        private final byte[] policy;

        Binary(byte[] policy) {
            this.policy = policy;
        }

        @Override
        int test(String v, RequestContext ctx) {
            byte[] r = Values.binary(v);
            return policy != null && r != null && Arrays.equals(policy, r) ? 1 : 0;
        }
    }

    private static final class Ip extends Comparison {
        private final IpRange range;

        Ip(IpRange range) {
            this.range = range;
        }

        @Override
        int test(String v, RequestContext ctx) {
            IpRange address = IpRange.parseOrNull(v);
            return range != null && address != null && range.containsAddressOf(address) ? 1 : 0;
        }
    }
}
