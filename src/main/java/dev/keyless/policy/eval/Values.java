package dev.keyless.policy.eval;

import java.math.BigDecimal;
import java.util.Base64;

/** How IAM reads the text of numeric, boolean and binary values (dates and IP ranges: policy.value). Unreadable text gives null. */
final class Values {

    private Values() {}

    static BigDecimal number(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Bool reads {@code true} and {@code false} in any case; anything else is no boolean at all. */
    static Boolean bool(String s) {
        if (s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    static byte[] binary(String s) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
