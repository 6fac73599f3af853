package dev.keyless.gate;

import dev.keyless.UserError;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiverFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static Waivers parse(String yaml) {
        return WaiverFile.parse(yaml, "compliance-exceptions.yaml", TODAY);
    }

    private static String entry(String... lines) {
        return "exceptions:\n  - " + String.join("\n    ", lines) + "\n";
    }

    @Test
    void a_complete_entry_is_a_valid_waiver_with_its_line() {
        Waivers w = parse("# header\n" + entry("finding: GOOGLE_TRUST_MISSING_OAUD", "resource: s3-reader-role",
                "justification: legacy job, SEC-1234", "owner: sec@example.com", "expires: 2026-12-31"));
        assertThat(w.problems()).isEmpty();
        assertThat(w.valid()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Waiver.Kind.FINDING);
            assertThat(v.target()).isEqualTo("GOOGLE_TRUST_MISSING_OAUD");
            assertThat(v.resource()).isEqualTo("s3-reader-role");
            assertThat(v.expires()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(v.line()).isEqualTo(3);
        });
    }

    @Test
    void an_entry_without_justification_is_a_problem_and_waives_nothing() {
        Waivers w = parse(entry("finding: GOOGLE_TRUST_MISSING_OAUD", "resource: s3-reader-role",
                "justification: \"  \"", "owner: sec@example.com", "expires: 2026-12-31"));
        assertThat(w.valid()).isEmpty();
        assertThat(w.problems()).extracting(WaiverProblem::message).containsExactly("no justification: say why this is acceptable");
    }

    @Test
    void an_entry_past_its_expiry_is_a_problem_and_one_expiring_today_still_holds() {
        Waivers expired = parse(entry("scenario: \"Short sessions: Sessions last at most one hour\"",
                "resource: s3-reader-role", "justification: nightly export", "owner: data@example.com", "expires: 2026-05-31"));
        assertThat(expired.valid()).isEmpty();
        assertThat(expired.problems()).extracting(WaiverProblem::message).singleElement().asString()
                .startsWith("expired on 2026-05-31");
        Waivers today = parse(entry("scenario: \"Short sessions: Sessions last at most one hour\"",
                "resource: s3-reader-role", "justification: nightly export", "owner: data@example.com", "expires: 2026-06-01"));
        assertThat(today.problems()).isEmpty();
        assertThat(today.valid()).singleElement().extracting(Waiver::kind).isEqualTo(Waiver.Kind.SCENARIO);
    }

    @Test
    void an_entry_must_name_an_owner_a_resource_and_a_real_date() {
        Waivers w = parse(entry("finding: GOOGLE_TRUST_MISSING_SUB", "justification: x", "expires: next year"));
        assertThat(w.valid()).isEmpty();
        assertThat(w.problems()).extracting(WaiverProblem::message).containsExactlyInAnyOrder(
                "no resource: name the stack resource (logical name or URN)",
                "no owner: name who answers for this exception",
                "expires 'next year' is not a date: use YYYY-MM-DD");
    }

    @Test
    void a_misspelt_issue_code_or_key_is_a_problem_not_a_silent_no_op() {
        Waivers w = parse(entry("finding: GOOGLE_TRUST_MISSING_OUAD", "resource: r", "justification: j", "owner: o",
                "expires: 2026-12-31", "justifcation: typo"));
        assertThat(w.problems()).extracting(WaiverProblem::message).containsExactlyInAnyOrder(
                "'GOOGLE_TRUST_MISSING_OUAD' is not an issue code keyless or Access Analyzer reports (see docs/findings.md)",
                "unknown key 'justifcation' (keys: finding or scenario, resource, justification, owner, expires)");
    }

    @Test
    void an_entry_names_a_finding_or_a_scenario_not_both() {
        Waivers w = parse(entry("finding: GOOGLE_TRUST_MISSING_SUB", "scenario: Sessions last at most one hour",
                "resource: r", "justification: j", "owner: o", "expires: 2026-12-31"));
        assertThat(w.problems()).extracting(WaiverProblem::message)
                .containsExactly("name exactly one of 'finding' (an issue code) or 'scenario' (a rule-book scenario)");
    }

    @Test
    void an_empty_or_commented_file_waives_nothing() {
        assertThat(parse("# nothing yet\n").valid()).isEmpty();
        assertThat(parse("exceptions: []\n").problems()).isEmpty();
        assertThat(parse("exceptions:\n").valid()).isEmpty();
    }

    @Test
    void the_committed_example_file_is_valid_and_waives_nothing() {
        Waivers w = WaiverFile.read(Path.of("compliance-exceptions.yaml"), TODAY);
        assertThat(w.problems()).isEmpty();
        assertThat(w.valid()).isEmpty();
    }

    @Test
    void a_file_that_is_not_yaml_is_a_tool_error() {
        assertThatThrownBy(() -> parse("exceptions: [\n  - finding: X\n")).isInstanceOf(UserError.class)
                .hasMessageContaining("is not valid YAML");
        assertThatThrownBy(() -> parse("- finding: X\n")).isInstanceOf(UserError.class)
                .hasMessageContaining("expected a mapping with an 'exceptions' list");
    }

    @Test
    void finding_types_that_block_default_to_errors_and_security_warnings_and_reject_unknown_types() {
        assertThat(BlockingTypes.parse("ERROR,SECURITY_WARNING")).isEqualTo(BlockingTypes.DEFAULT);
        assertThat(BlockingTypes.parse("error, warning").names()).containsExactly("ERROR", "WARNING");
        assertThat(BlockingTypes.parse("NONE").names()).isEmpty();
        assertThatThrownBy(() -> BlockingTypes.parse("ERROR,CRITICAL")).isInstanceOf(UserError.class)
                .hasMessageContaining("unknown finding type 'CRITICAL'");
    }
}
