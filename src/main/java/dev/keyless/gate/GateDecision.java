package dev.keyless.gate;

import dev.keyless.rulebook.RoleDecision;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of one run: every scenario and every finding judged, the documents they came from,
 * the exceptions file as read, the waivers nothing needed, and the decisions the rule book asked for
 * the roles ({@code roleDecisions}, drawn in the access graph). Reports render exactly this.
 * {@code ruleBook} is false for a run that judges policy documents without a rule book
 * ({@code validate-account}): it has no scenarios, and instead {@code unreadable} says what it could
 * not read (a document, or the rest of a truncated file), each of which blocks: what cannot be read
 * cannot be judged safe.
 */
public record GateDecision(List<JudgedScenario> scenarios, List<PolicyDocument> documents,
                           List<JudgedFinding> findings, Waivers waivers, List<Waiver> unusedWaivers,
                           BlockingTypes blockingTypes, boolean ruleBook, List<String> unreadable,
                           List<RoleDecision> roleDecisions) {

    public GateDecision {
        scenarios = List.copyOf(scenarios);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        unusedWaivers = List.copyOf(unusedWaivers);
        unreadable = List.copyOf(unreadable);
        roleDecisions = List.copyOf(roleDecisions);
    }

    /** A verdict without the rule book's decisions (validate-account). */
    public GateDecision(List<JudgedScenario> scenarios, List<PolicyDocument> documents, List<JudgedFinding> findings,
                        Waivers waivers, List<Waiver> unusedWaivers, BlockingTypes blockingTypes, boolean ruleBook,
                        List<String> unreadable) {
        this(scenarios, documents, findings, waivers, unusedWaivers, blockingTypes, ruleBook, unreadable, List.of());
    }

    /** The verdict of a rule-book run. */
    public GateDecision(List<JudgedScenario> scenarios, List<PolicyDocument> documents, List<JudgedFinding> findings,
                        Waivers waivers, List<Waiver> unusedWaivers, BlockingTypes blockingTypes) {
        this(scenarios, documents, findings, waivers, unusedWaivers, blockingTypes, true, List.of(), List.of());
    }

    public long count(JudgedScenario.Outcome outcome) {
        return scenarios.stream().filter(s -> s.outcome() == outcome).count();
    }

    public List<JudgedFinding> findings(JudgedFinding.Disposition disposition) {
        return findings.stream().filter(f -> f.disposition() == disposition).toList();
    }

    /** True when the gate must stop the deploy; {@link #blockingReasons()} says why. */
    public boolean blocked() {
        return !blockingReasons().isEmpty();
    }

    /**
     * Why the run blocks: failed scenarios, blocking findings (even where no scenario covers their
     * document), invalid exceptions, and a run in which no scenario passed, which proves nothing.
     */
    public List<String> blockingReasons() {
        List<String> out = new ArrayList<>();
        scenarios.stream().filter(JudgedScenario::blocking)
                .forEach(s -> out.add("scenario failed: " + s.result().qualifiedName()));
        findings.stream().filter(JudgedFinding::blocking)
                .forEach(f -> out.add("blocking finding: " + f.finding().describe()));
        waivers.problems().forEach(p -> out.add("invalid exception in " + waivers.source().orElse("the exceptions file")
                + ", " + p));
        out.addAll(unreadable);
        if (ruleBook && count(JudgedScenario.Outcome.PASSED) == 0) {
            out.add("no scenario passed: the rule book proved nothing");
        }
        return out;
    }
}
