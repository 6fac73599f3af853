package dev.keyless.gate;

import dev.keyless.compliance.StackIndex;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.stack.StackSnapshot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges a rule-book run: validates every policy document of the stack with the validator the rule
 * book used, then decides each finding and each scenario against the blocking types and the waivers.
 */
public final class Gate {

    private Gate() {}

    public static GateDecision decide(StackSnapshot stack, RuleBookResult result, PolicyValidator validator,
                                      Waivers waivers, BlockingTypes blocking) {
        List<PolicyDocument> documents = StackDocuments.of(StackIndex.of(stack));
        Set<Waiver> used = new LinkedHashSet<>();
        List<JudgedFinding> findings = FindingJudge.judge(PolicyFindings.of(documents, validator), waivers.valid(),
                blocking, used);
        ScenarioJudge judge = new ScenarioJudge(documents, findings, waivers.valid(), used);
        List<JudgedScenario> scenarios = result.scenarios().stream().map(judge::judge).toList();
        List<Waiver> unused = waivers.valid().stream().filter(w -> !used.contains(w)).toList();
        return new GateDecision(scenarios, documents, findings, waivers, unused, blocking, true, List.of(), result.decisions());
    }

    /**
     * Judges policy documents without a rule book (an account's): each finding against the blocking
     * types and the waivers; each document listed in {@code unreadable} blocks by itself.
     */
    public static GateDecision decideDocuments(List<PolicyDocument> documents, List<String> unreadable,
                                               PolicyValidator validator, Waivers waivers, BlockingTypes blocking) {
        Set<Waiver> used = new LinkedHashSet<>();
        List<JudgedFinding> findings = FindingJudge.judge(PolicyFindings.of(documents, validator), waivers.valid(),
                blocking, used);
        List<Waiver> unused = waivers.valid().stream().filter(w -> !used.contains(w)).toList();
        return new GateDecision(List.of(), documents, findings, waivers, unused, blocking, false, unreadable);
    }
}
