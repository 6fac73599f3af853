package dev.keyless.gate;

import dev.keyless.policy.finding.FindingType;
import dev.keyless.rulebook.ScenarioResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
 * reports names the waiver's resource (as a whole name: {@code s3-reader-role} does not match
 * {@code s3-reader-role-2}); a violation that does not, e.g. on a second role, keeps it blocking.
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
        return failing(s, reasons(s));
    }

    private JudgedScenario accessAnalyzer(ScenarioResult s, DocumentKind kind) {
        List<String> causes = new ArrayList<>();
        documents.stream().filter(d -> d.kind() == kind && d.document().isEmpty())
                .forEach(d -> causes.add(d.label() + ": has no policy text in the stack, so it cannot be validated"));
        List<JudgedFinding> mine = findings.stream().filter(f -> f.finding().document().kind() == kind).toList();
        mine.stream().filter(JudgedFinding::blocking).forEach(f -> causes.add(f.finding().describe()));
        if (!causes.isEmpty()) {
            return failing(s, causes);
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
            List<String> reasons = new ArrayList<>(reasons(s));
            reasons.add("keyless found no finding that explains this failure, so it blocks");
            return new JudgedScenario(s, JudgedScenario.Outcome.FAILED, List.of(), reasons);
        }
        return new JudgedScenario(s, excusedBy.isEmpty() ? JudgedScenario.Outcome.NOT_BLOCKING
                : JudgedScenario.Outcome.WAIVED, excusedBy.stream().distinct().toList(), notes);
    }

    /** A failure with these reasons: WAIVED if a scenario waiver covers all of them, else FAILED. */
    private JudgedScenario failing(ScenarioResult s, List<String> reasons) {
        List<String> out = new ArrayList<>(reasons);
        for (Waiver w : waivers) {
            if (w.kind() != Waiver.Kind.SCENARIO || !(w.target().equals(s.qualifiedName()) || w.target().equals(s.scenario()))) {
                continue;
            }
            Pattern name = Pattern.compile("(?<![\\w.-])" + Pattern.quote(w.resource()) + "(?![\\w.-])");
            List<String> uncovered = reasons.stream().filter(r -> !name.matcher(r).find()).toList();
            if (uncovered.isEmpty()) {
                used.add(w);
                return new JudgedScenario(s, JudgedScenario.Outcome.WAIVED, List.of(w), reasons);
            }
            used.add(w);
            out.add("the exception at line " + w.line() + " covers only " + w.resource() + ", not: "
                    + String.join("; ", uncovered));
        }
        return new JudgedScenario(s, JudgedScenario.Outcome.FAILED, List.of(), out);
    }

    /** The rule book's steps put one violation per line, the first after an "N violations: " count. */
    private static List<String> reasons(ScenarioResult s) {
        return Arrays.stream(s.reason().orElse("failed").split("\n"))
                .map(r -> r.replaceFirst("^\\d+ violations?: ", "")).filter(r -> !r.isBlank()).toList();
    }
}
