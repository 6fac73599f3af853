package dev.keyless.report;

import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;
import dev.keyless.gate.JudgedScenario;
import dev.keyless.gate.Waiver;
import dev.keyless.gate.WaiverProblem;

import java.io.PrintWriter;

/**
 * The reviewer's summary on the terminal: one line per scenario (reasons under the ones that did not
 * simply pass), the findings that block or were waived, the exceptions file's state, and the verdict.
 */
public final class ConsoleReport {

    private ConsoleReport() {}

    public static void print(GateDecision d, int exitCode, PrintWriter out) {
        for (JudgedScenario s : d.scenarios()) {
            out.printf("  %-4s  %s › %s%n", Labels.console(s.outcome()), s.result().feature(), s.result().scenario());
            if (s.outcome() != JudgedScenario.Outcome.PASSED && s.outcome() != JudgedScenario.Outcome.SKIPPED) {
                s.reasons().forEach(r -> out.printf("          %s%n", r));
                s.waivers().forEach(w -> out.printf("          exception: %s — %s%n", w.describe(), w.justification()));
            }
        }
        if (d.scenarios().isEmpty()) {
            out.println("No scenario ran: the rule book proved nothing, so the gate fails.");
        }
        if (exitCode == 1) {
            out.println("Findings: not collected (the run could not be judged)");
        } else {
            findingsLine(d, out);
        }
        for (JudgedFinding f : d.findings()) {
            if (f.disposition() != JudgedFinding.Disposition.NON_BLOCKING) {
                out.printf("  %-8s  %s%n", f.disposition() == JudgedFinding.Disposition.WAIVED ? "WAIVED" : "BLOCKING",
                        f.finding().describe());
            }
        }
        if (d.waivers().source().isPresent()) {
            out.printf("Exceptions (%s): %d valid, %d unused, %d invalid%n", d.waivers().source().get(),
                    d.waivers().valid().size(), d.unusedWaivers().size(), d.waivers().problems().size());
            for (WaiverProblem p : d.waivers().problems()) {
                out.printf("  INVALID   %s%n", p);
            }
            for (Waiver w : d.unusedWaivers()) {
                out.printf("  UNUSED    line %d: %s matches nothing in this run; remove it%n", w.line(), w.describe());
            }
        }
        long notJudged = d.count(JudgedScenario.Outcome.NOT_JUDGED);
        out.printf("%d scenarios: %d passed, %d failed, %d waived, %d not blocking, %s%d skipped → %s (exit %d)%n",
                d.scenarios().size(), d.count(JudgedScenario.Outcome.PASSED), d.count(JudgedScenario.Outcome.FAILED),
                d.count(JudgedScenario.Outcome.WAIVED), d.count(JudgedScenario.Outcome.NOT_BLOCKING),
                notJudged == 0 ? "" : notJudged + " not judged (tool error), ", d.count(JudgedScenario.Outcome.SKIPPED),
                exitCode == 0 ? "COMPLIANT" : exitCode == 2 ? "VIOLATIONS" : "TOOL ERROR", exitCode);
    }

    private static void findingsLine(GateDecision d, PrintWriter out) {
        out.printf("Findings over %d policy documents: %d blocking, %d non-blocking, %d waived (blocking types: %s)%n",
                d.documents().size(), d.findings(JudgedFinding.Disposition.BLOCKING).size(),
                d.findings(JudgedFinding.Disposition.NON_BLOCKING).size(),
                d.findings(JudgedFinding.Disposition.WAIVED).size(),
                d.blockingTypes().names().isEmpty() ? "none" : String.join(", ", d.blockingTypes().names()));
    }
}
