package dev.keyless.policy.eval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** How IAM reads the text of numeric, date, boolean and binary values. Unreadable text gives null. */
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

    /**
     * A date as the Date operators take it: ISO 8601 (with or without offset, or a date alone, read as
     * UTC) or seconds since the epoch ("Date condition operators ... support ISO 8601 or epoch time",
     * IAM User Guide, "Condition operators").
     */
    static Instant instant(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (isEpoch(s)) {
            BigDecimal seconds = number(s);
            if (seconds == null) {
                return null;
            }
            try {
                return Instant.ofEpochMilli(seconds.movePointRight(3).longValueExact());
            } catch (ArithmeticException e) {
                return null;
            }
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the forms without an offset next
        }
        try {
            return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // a date alone is the last form
        }
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isEpoch(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c == '.' && i > 0) && !(c == '-' && i == 0)) {
                return false;
            }
        }
        return true;
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
