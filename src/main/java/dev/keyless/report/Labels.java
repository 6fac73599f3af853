package dev.keyless.report;

import dev.keyless.gate.JudgedFinding;
import dev.keyless.gate.JudgedScenario;

/** The words every report uses for outcomes, so the console, HTML and JUnit never disagree. */
final class Labels {

    private Labels() {}

    /** Four letters, so the console's columns line up. */
    static String console(JudgedScenario.Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case WAIVED -> "WAIV";
            case NOT_BLOCKING -> "WARN";
            case NOT_JUDGED -> "ERR ";
            case SKIPPED -> "SKIP";
        };
    }

    static String word(JudgedScenario.Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case WAIVED -> "waived";
            case NOT_BLOCKING -> "not blocking";
            case NOT_JUDGED -> "not judged";
            case SKIPPED -> "skipped";
        };
    }

    static String word(JudgedFinding.Disposition d) {
        return switch (d) {
            case BLOCKING -> "blocking";
            case NON_BLOCKING -> "non-blocking";
            case WAIVED -> "waived";
        };
    }
}
