package dev.keyless.policy.value;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one date parser of the validator and the evaluator, against a reference built from java.time's
 * strict formatters (one per documented form) and BigDecimal for epoch seconds. Inputs are generated
 * with a fixed seed: instants written in every form and offset, then mutated.
 */
class IamDateTest {

    private static final int RUNS = 20_000;
    private static final String MUTATIONS = "0123456789-:.TZtz+ \u0663\uFF11/";
    private static final List<DateTimeFormatter> REFERENCE = formats();

    @Test
    void a_string_is_a_date_exactly_when_the_reference_reads_it_and_both_read_the_same_instant() {
        Random r = new Random(20261203L);
        int valid = 0;
        for (int i = 0; i < RUNS; i++) {
            String s = i % 2 == 0 ? generate(r) : mutate(r, generate(r));
            Optional<Instant> expected = reference(s);
            assertThat(IamDate.parse(s)).as("'%s'", s).isEqualTo(expected);
            valid += expected.isPresent() ? 1 : 0;
        }
        assertThat(valid).isBetween(RUNS / 3, RUNS - RUNS / 10);
    }

    @Test
    void the_forms_the_two_former_parsers_disagreed_on_have_one_answer() {
        assertThat(IamDate.parse("2026-01-01T00:00:00+0000")).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(IamDate.parse("2026-01-01T02:00+02:00")).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(IamDate.parse("1735689600.5")).contains(Instant.parse("2025-01-01T00:00:00.500Z"));
        assertThat(IamDate.parse("-1")).isEmpty();
        assertThat(IamDate.parse("2026-02-30")).isEmpty();
        assertThat(IamDate.parse("2026-01-01 00:00:00Z")).isEmpty();
        assertThat(IamDate.parse("\u0662\u0660\u0662\u0666-01-01")).isEmpty();
        assertThat(IamDate.parse("2026-01-01T24:00:00Z")).isEmpty();
        assertThat(IamDate.parse("2026-01-01T00:00:00+19:00")).isEmpty();
    }

    private static List<DateTimeFormatter> formats() {
        DateTimeFormatter date = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4).appendLiteral('-')
                .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2)
                .toFormatter();
        DateTimeFormatter minutes = new DateTimeFormatterBuilder().append(date).appendLiteral('T')
                .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                .toFormatter();
        DateTimeFormatter seconds = new DateTimeFormatterBuilder().append(minutes).appendLiteral(':')
                .appendValue(ChronoField.SECOND_OF_MINUTE, 2).toFormatter();
        DateTimeFormatter fraction = new DateTimeFormatterBuilder().append(seconds)
                .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).toFormatter();
        List<DateTimeFormatter> out = new java.util.ArrayList<>(List.of(strict(date)));
        for (DateTimeFormatter time : List.of(minutes, seconds, fraction)) {
            out.add(strict(time));
            out.add(strict(new DateTimeFormatterBuilder().append(time).appendOffset("+HH:MM", "Z").toFormatter()));
            out.add(strict(new DateTimeFormatterBuilder().append(time).appendOffset("+HHMM", "Z").toFormatter()));
        }
        return out;
    }

    private static DateTimeFormatter strict(DateTimeFormatter f) {
        return f.withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);
    }

    private static Optional<Instant> reference(String s) {
        if (s.matches("[0-9]{1,12}(\\.[0-9]{1,9})?")) {
            BigDecimal seconds = new BigDecimal(s);
            return Optional.of(Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValueExact()));
        }
        for (DateTimeFormatter f : REFERENCE) {
            try {
                var parsed = f.parse(s);
                if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                    return Optional.of(java.time.LocalDate.from(parsed).atStartOfDay().toInstant(ZoneOffset.UTC));
                }
                return Optional.of(Instant.from(parsed));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** An instant from 1970 to 2100, written in one of the forms with one of the offsets. */
    private static String generate(Random r) {
        Instant t = Instant.ofEpochSecond((long) (r.nextDouble() * 4_102_444_800L), r.nextInt(1_000_000_000));
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((r.nextInt(28 * 4 + 1) - 14 * 4) * 15 * 60);
        OffsetDateTime at = t.atOffset(offset);
        String zone = switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> offset.getTotalSeconds() == 0 ? "Z" : offset.getId();
            case 2 -> offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
            default -> "Z";
        };
        OffsetDateTime written = zone.equals("Z") || zone.isEmpty() ? t.atOffset(ZoneOffset.UTC) : at;
        return switch (r.nextInt(6)) {
            case 0 -> Long.toString(t.getEpochSecond());
            case 1 -> t.getEpochSecond() + "." + String.format("%09d", t.getNano()).substring(0, 1 + r.nextInt(9));
            case 2 -> written.toLocalDate().toString();
            case 3 -> written.truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")) + zone;
            case 4 -> written.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")) + zone;
            default -> written.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS")) + zone;
        };
    }

    private static String mutate(Random r, String s) {
        return Mutations.mutate(r, s, MUTATIONS, 1);
    }
}
