package dev.keyless.policy.value;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the Date condition operators read it: "one of the W3C implementations of the ISO 8601
 * date formats or in epoch (UNIX) time" (IAM User Guide, Condition operators, Date). The forms read
 * here: seconds since 1970 ({@code 1735689600}, a fraction allowed), a date ({@code 2026-01-01}, UTC
 * midnight) and a date with a time to the minute, second or fraction, with {@code Z}, an offset
 * ({@code +02:00}, also {@code +0200}) or none (UTC). Digits are ASCII; the calendar must hold the
 * day (no February 30th). The validator's TYPE_MISMATCH_DATE and the evaluator's comparisons both ask
 * this class, so a date one accepts the other can compare.
 */
public final class IamDate {

    private static final Pattern EPOCH = Pattern.compile("([0-9]{1,12})(?:\\.([0-9]{1,9}))?");
    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})"
            + "(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?");

    private IamDate() {}

    /** The instant {@code text} names, or empty when it is none of the forms above. */
    public static Optional<Instant> parse(String text) {
        return Optional.ofNullable(parseOrNull(text));
    }

    /** As {@link #parse}, without the Optional: the evaluator reads a date per request. */
    public static Instant parseOrNull(String text) {
        if (text.length() > 40) {
            return null;
        }
        Matcher e = EPOCH.matcher(text);
        if (e.matches()) {
            long nanos = e.group(2) == null ? 0 : new BigDecimal("0." + e.group(2)).movePointRight(9).longValueExact();
            return Instant.ofEpochSecond(Long.parseLong(e.group(1)), nanos);
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            if (m.group(4) == null) {
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            int nanos = m.group(7) == null ? 0 : (int) new BigDecimal("0." + m.group(7)).movePointRight(9).longValueExact();
            LocalDateTime time = date.atTime(number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6), nanos);
            return time.toInstant(offset(m.group(8)));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** {@code Z}, none (UTC), {@code ±hh:mm} or {@code ±hhmm}; hours at most 18, as java.time holds offsets. */
    private static ZoneOffset offset(String text) {
        if (text == null || text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = Integer.parseInt(digits.substring(3, 5));
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
