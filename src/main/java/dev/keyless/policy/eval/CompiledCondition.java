package dev.keyless.policy.eval;

import dev.keyless.policy.model.ConditionOperator;

import java.util.List;
import java.util.Locale;

/**
 * One {@code operator: {key: values}} clause, ready to evaluate. The rules are the IAM User Guide's:
 * <ul>
 * <li>several values for one key are ORed; for a negated operator they are NORed ("Evaluation logic
 *     for multiple context keys or values");</li>
 * <li>a key absent from the request fails a positive operator and satisfies a negated one ("If the key
 *     that you specify in a policy condition is not present in the request context, the values do not
 *     match ... If the policy condition requires that the key is not matched, such as StringNotLike or
 *     ArnNotLike, and the right key is not present, the condition is true", "Condition operators");</li>
 * <li>{@code ...IfExists}: an absent key makes the clause true;</li>
 * <li>{@code ForAllValues}: every request value must satisfy the operator, and no key or an empty data
 *     set is true; {@code ForAnyValue}: at least one must, and no key or an empty data set is false
 *     ("Single-valued vs. multivalued context keys");</li>
 * <li>{@code Null}: {@code true} asks that the key be absent, {@code false} that it be present.</li>
 * </ul>
 * Without a set qualifier, a key with several request values is satisfied by a positive operator when
 * any value matches, and by a negated one when none matches the positive form.
 */
final class CompiledCondition {

    /** The clause's outcome depends on a key the request may carry with any value (open world only). */
    static final int UNKNOWN = 2;

    private final ConditionOperator op;
    private final String key;
    private final String lowerKey;
    private final Comparison[] values;
    private final Boolean[] nullChecks;
    private final boolean negated;

    CompiledCondition(ConditionOperator op, String key, List<String> policyValues, boolean variables) {
        this.op = op;
        this.key = key;
        this.lowerKey = key.toLowerCase(Locale.ROOT);
        this.negated = op.base().negated();
        if (op.base() == ConditionOperator.Base.Null) {
            this.values = new Comparison[0];
            this.nullChecks = policyValues.stream().map(Values::bool).toArray(Boolean[]::new);
        } else {
            this.nullChecks = null;
            this.values = policyValues.stream()
                    .map(v -> Comparison.compile(op.base(), v, variables)).toArray(Comparison[]::new);
        }
    }

    String key() {
        return key;
    }

    void variableKeys(List<String> out) {
        for (Comparison c : values) {
            c.variableKeys(out);
        }
    }

    /**
     * 1 when the clause holds, 0 when not, {@link Comparison#INVALID} when a variable cannot be resolved,
     * {@link #UNKNOWN} when the key is absent from an open-world context.
     */
    int evaluate(RequestContext ctx) {
        ContextEntry e = ctx.get(lowerKey);
        if (e == null && ctx.openWorld()) {
            return UNKNOWN;
        }
        List<String> request = e == null ? List.of() : e.values();
        if (nullChecks != null) {
            boolean absent = request.isEmpty();
            for (Boolean expected : nullChecks) {
                if (expected != null && expected == absent) {
                    return 1;
                }
            }
            return 0;
        }
        if (request.isEmpty()) {
            if (op.ifExists()) {
                return 1;
            }
            switch (op.qualifier()) {
                case FOR_ALL_VALUES: return 1;
                case FOR_ANY_VALUE: return 0;
                default: return negated ? 1 : 0;
            }
        }
        switch (op.qualifier()) {
            case FOR_ALL_VALUES:
                if (emptyDataSet(request)) {
                    return 1;
                }
                for (String v : request) {
                    int r = one(v, ctx);
                    if (r != 1) {
                        return r;
                    }
                }
                return 1;
            case FOR_ANY_VALUE:
                if (emptyDataSet(request)) {
                    return 0;
                }
                return any(request, ctx, false);
            default:
                if (request.size() == 1) {
                    return one(request.get(0), ctx);
                }
                int pos = any(request, ctx, true);
                return pos == Comparison.INVALID ? pos : negated ? 1 - pos : pos;
        }
    }

    /** "If the key values in the request resolve to an empty data set (for example, an empty string)". */
    private static boolean emptyDataSet(List<String> request) {
        return request.size() == 1 && request.get(0).isEmpty();
    }

    /** Whether some request value satisfies the operator (or its positive form when {@code positive}). */
    private int any(List<String> request, RequestContext ctx, boolean positive) {
        int result = 0;
        for (String v : request) {
            int r = positive ? anyPolicyValue(v, ctx) : one(v, ctx);
            if (r == Comparison.INVALID) {
                return r;
            }
            result |= r;
        }
        return result;
    }

    /** The operator applied to one request value: the positive test ORed over policy values, negated if needed. */
    private int one(String v, RequestContext ctx) {
        int pos = anyPolicyValue(v, ctx);
        if (pos == Comparison.INVALID) {
            return pos;
        }
        return negated ? 1 - pos : pos;
    }

    private int anyPolicyValue(String v, RequestContext ctx) {
        int result = 0;
        for (Comparison c : values) {
            int r = c.test(v, ctx);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
}
