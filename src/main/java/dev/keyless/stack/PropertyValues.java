package dev.keyless.stack;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Property values in the one shape every snapshot uses, whatever produced it: {@code String},
 * {@code Boolean}, whole numbers as {@code Integer} (or {@code Long}), other numbers as
 * {@code Double}, {@code List}, {@code Map} in insertion order, {@code null}, {@link SecretValue}.
 * Pulumi's mock engine hands numbers over as doubles (protobuf's only number), a stack export as
 * JSON integers; normalizing both lets snapshots from either source compare equal.
 */
public final class PropertyValues {

    private PropertyValues() {}

    public static Map<String, Object> plainMap(Map<String, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> out.put(k, plain(v)));
        }
        return out;
    }

    public static Object plain(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof java.util.Optional<?> o) {
            return o.map(PropertyValues::plain).orElse(null);
        }
        if (value instanceof Number n) {
            return number(n);
        }
        return value;
    }

    private static Object number(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            return narrow(n.longValue());
        }
        if (n instanceof Short || n instanceof Byte) {
            return n.intValue();
        }
        double d = n.doubleValue();
        if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
            return narrow((long) d);
        }
        if (n instanceof BigDecimal || n instanceof java.math.BigInteger) {
            return n;
        }
        return d;
    }

    /**
     * The exact whole number a property holds, or empty when it holds anything else (text, a
     * fraction, NaN, a list, ...). Never through {@code long}: a number past 2^63 stays that number,
     * so a rule comparing it cannot be fooled by overflow ({@code 9223372036854775808} is not -2^63).
     */
    public static Optional<BigInteger> wholeNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Optional.of(BigInteger.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger b) {
            return Optional.of(b);
        }
        BigDecimal exact;
        if (value instanceof BigDecimal d) {
            exact = d;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return Optional.empty();
            }
            exact = new BigDecimal(d);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(exact.toBigIntegerExact());
        } catch (ArithmeticException fraction) {
            return Optional.empty();
        }
    }

    private static Object narrow(long v) {
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
    }
}
