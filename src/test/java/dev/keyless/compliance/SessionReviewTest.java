package dev.keyless.compliance;

import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Short sessions" compares the exact number the stack holds. The values a reviewer found passing
 * the rule through overflow or AWS's range are violations; text, fractions and NaN are too.
 */
class SessionReviewTest {

    private static List<Violation> review(Object duration) {
        StackSnapshot s = TestStacks.changing("workload-role", in -> TestStacks.put(in, "maxSessionDuration", duration));
        return new SessionReview(new StackIndex(s)).maxSessionAtMost(3600);
    }

    @Test
    void an_hour_or_the_default_holds() {
        assertThat(review(3600)).isEmpty();
        assertThat(review(3600.0)).isEmpty();
        assertThat(review(null)).isEmpty();
    }

    @ParameterizedTest(name = "maxSessionDuration {0} is a violation")
    @ValueSource(strings = {"9223372036854775808", "18446744073709555216", "-1", "0", "3599", "43201",
            "-9223372036854775808", "340282366920938463463374607431768211456"})
    void a_duration_outside_what_iam_accepts_is_a_violation_however_large(String exact) {
        assertThat(review(new BigInteger(exact))).singleElement().satisfies(v ->
                assertThat(v.message()).contains("outside the 3600..43200 s IAM accepts").contains(exact));
    }

    @Test
    void a_longer_session_within_iams_range_is_a_violation() {
        assertThat(review(7200)).singleElement().satisfies(v -> assertThat(v.message()).contains("allows sessions of 7200 s"));
        assertThat(review(43200L)).hasSize(1);
    }

    @Test
    void a_duration_that_is_not_a_whole_number_is_a_violation() {
        for (Object v : new Object[] {"3600", 3600.5, Double.NaN, Double.POSITIVE_INFINITY, new BigDecimal("3600.000001"),
                true, List.of(3600)}) {
            assertThat(review(v)).as("%s", v).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("not a whole number of seconds"));
        }
    }

    @Test
    void the_overflowing_value_in_a_stack_export_is_read_exactly_and_fails_the_rule() {
        StackSnapshot s = StackExportFile.parse("""
                {"version": 3, "deployment": {"resources": [{"urn": "urn:pulumi:dev::p::aws:iam/role:Role::r",
                 "type": "aws:iam/role:Role", "inputs": {"maxSessionDuration": 9223372036854775808}}]}}""", "x.json");
        assertThat(new SessionReview(new StackIndex(s)).maxSessionAtMost(3600)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("9223372036854775808"));
    }
}
