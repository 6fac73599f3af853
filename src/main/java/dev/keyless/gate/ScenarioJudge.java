package dev.keyless.gate;

import dev.keyless.compliance.Violation;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.rulebook.ScenarioResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each scenario does to the gate.
 *
 * <p>An Access Analyzer scenario (tagged with a {@link DocumentKind}) is re-judged from the findings
 * of the documents it covers, so that waivers and {@code --treat-finding-type-as-blocking} apply to it
 * exactly as to the findings: it blocks when one of those documents cannot be read, or has a blocking
 * finding. When Cucumber failed it and the findings account for none of it, it blocks all the same:
 * a disagreement is never a pass.
 *
 * <p>Any scenario, Access Analyzer's included, is WAIVED by a scenario waiver when every violation it
 * reports is about the waiver's resource ({@link Violation#concerns}: its logical name or URN, never a
 * word of the message); a violation that is not, e.g. on a second role, keeps it blocking, and so does
 * a failure that reported no violation as data.
 */
final class ScenarioJudge {

    /** The finding types the Access Analyzer scenarios themselves count, as their titles say. */
    private static final Set<FindingType> SCENARIO_TYPES = Set.of(FindingType.ERROR, FindingType.SECURITY_WARNING);

    private final List<PolicyDocument> documents;
    private final List<JudgedFinding> findings;
    private final List<Waiver> waivers;
    private final Set<Waiver> used;

    ScenarioJudge(List<PolicyDocument> documents, List<JudgedFinding> findings, List<Waiver> waivers, Set<Waiver> used) {
        this.documents = documents;
        this.findings = findings;
        this.waivers = waivers;
        this.used = used;
    }

    JudgedScenario judge(ScenarioResult s) {
        if (s.status() == ScenarioResult.Status.SKIPPED) {
            return new JudgedScenario(s, JudgedScenario.Outcome.SKIPPED, List.of(), s.reason().stream().toList());
        }
        // Not judged stays not judged: no finding, waiver or re-judging turns it into a pass or a waiver.
        if (s.status() == ScenarioResult.Status.ERROR) {
            return new JudgedScenario(s, JudgedScenario.Outcome.NOT_JUDGED, List.of(), s.reason().stream().toList());
        }
        Optional<DocumentKind> kind = DocumentKind.ofTags(s.tags());
        if (kind.isPresent()) {
            return accessAnalyzer(s, kind.get());
        }
        if (s.status() == ScenarioResult.Status.PASSED) {
            return new JudgedScenario(s, JudgedScenario.Outcome.PASSED, List.of(), List.of());
        }
        return failing(s, s.violations(), s.violations().isEmpty() ? text(s)
                : s.violations().stream().map(Violation::toString).toList());
    }

    private JudgedScenario accessAnalyzer(ScenarioResult s, DocumentKind kind) {
        List<Violation> causes = new ArrayList<>();
        documents.stream().filter(d -> d.kind() == kind && d.document().isEmpty())
                .forEach(d -> causes.add(about(d, d.label(), "has no policy text in the stack, so it cannot be validated")));
        List<JudgedFinding> mine = findings.stream().filter(f -> f.finding().document().kind() == kind).toList();
        List<String> reasons = new ArrayList<>(causes.stream().map(Violation::toString).toList());
        mine.stream().filter(JudgedFinding::blocking).forEach(f -> {
            causes.add(about(f.finding().document(), f.finding().document().label(), f.finding().finding().issueCode()
                    + ": " + f.finding().finding().findingDetails()));
            reasons.add(f.finding().describe());
        });
        if (!causes.isEmpty()) {
            return failing(s, causes, reasons);
        }
        List<String> notes = new ArrayList<>();
        List<Waiver> excusedBy = new ArrayList<>();
        for (JudgedFinding f : mine) {
            if (f.disposition() == JudgedFinding.Disposition.WAIVED) {
                notes.add("waived: " + f.finding().describe() + " — " + f.waiver().orElseThrow().describe());
                excusedBy.add(f.waiver().orElseThrow());
            } else if (SCENARIO_TYPES.contains(f.finding().finding().findingType())) {
                notes.add("not blocking (--treat-finding-type-as-blocking): " + f.finding().describe());
            }
        }
        if (s.status() == ScenarioResult.Status.PASSED) {
            return new JudgedScenario(s, JudgedScenario.Outcome.PASSED, List.of(), List.of());
        }
        if (notes.isEmpty()) {
            List<String> unexplained = new ArrayList<>(text(s));
            unexplained.add("keyless found no finding that explains this failure, so it blocks");
            return new JudgedScenario(s, JudgedScenario.Outcome.FAILED, List.of(), unexplained);
        }
        return new JudgedScenario(s, excusedBy.isEmpty() ? JudgedScenario.Outcome.NOT_BLOCKING
                : JudgedScenario.Outcome.WAIVED, excusedBy.stream().distinct().toList(), notes);
    }

    /** A document's violation: an exception may name the resource that holds the document. */
    private static Violation about(PolicyDocument d, String label, String message) {
        List<String> names = new ArrayList<>(List.of(d.resource()));
        d.urn().ifPresent(names::add);
        return new Violation(label, message, names);
    }

    /**
     * A failure with these violations: WAIVED if a scenario waiver is about every one of them, else
     * FAILED. Without violations as data (a step that failed some other way) nothing is excused.
     */
    private JudgedScenario failing(ScenarioResult s, List<Violation> violations, List<String> reasons) {
        List<String> out = new ArrayList<>(reasons);
        for (Waiver w : waivers) {
            if (w.kind() != Waiver.Kind.SCENARIO || !(w.target().equals(s.qualifiedName()) || w.target().equals(s.scenario()))) {
                continue;
            }
            used.add(w);
            List<String> uncovered = violations.isEmpty() ? reasons
                    : violations.stream().filter(v -> !v.concerns(w.resource())).map(Violation::toString).toList();
            if (uncovered.isEmpty()) {
                return new JudgedScenario(s, JudgedScenario.Outcome.WAIVED, List.of(w), reasons, violations);
            }
            out.add("the exception at line " + w.line() + " covers only " + w.resource() + ", not: "
                    + String.join("; ", uncovered));
        }
        return new JudgedScenario(s, JudgedScenario.Outcome.FAILED, List.of(), out, violations);
    }

    /** A failure that reported no violation as data: its message, one line per line, for the reader only. */
    private static List<String> text(ScenarioResult s) {
        return Arrays.stream(s.reason().orElse("failed").split("\n"))
                .map(r -> r.replaceFirst("^\\d+ violations?: ", "")).filter(r -> !r.isBlank()).toList();
    }
}
