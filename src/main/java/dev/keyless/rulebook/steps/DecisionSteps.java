package dev.keyless.rulebook.steps;

import dev.keyless.compliance.ActionResources;
import dev.keyless.compliance.AttachedPolicy;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.Violation;
import dev.keyless.compliance.WorkloadRequests;
import dev.keyless.compliance.WorkloadUnderReview;
import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.rulebook.RoleDecision;
import dev.keyless.rulebook.RoleDecisions;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Steps of "What AWS decides for the role": one simulated request per row, and access that must never be granted. */
public class DecisionSteps {

    private final ReviewWorld world;
    private String action;
    private ResourceRef resource;
    private boolean tls = true;

    public DecisionSteps(ReviewWorld world) {
        this.world = world;
    }

    @ParameterType("the bucket outside the workload's prefixes|the bucket|an object in the bucket|all objects in the bucket"
            + "|an object outside the workload's prefixes|another bucket|an object in another bucket|the role itself|any resource")
    public ResourceRef resource(String phrase) {
        return ResourceRef.of(phrase);
    }

    @When("the role's credentials request {word} on {resource}")
    public void request(String action, ResourceRef resource) {
        this.action = action;
        this.resource = resource;
    }

    @When("the role's credentials request {word} on {resource} without TLS")
    public void requestWithoutTls(String action, ResourceRef resource) {
        request(action, resource);
        this.tls = false;
    }

    /** Every role of every workload, each asked about its own workload's bucket and prefixes. */
    @Then("the decision is {word}")
    public void theDecisionIs(String expected) {
        List<Violation> wrong = new ArrayList<>();
        ActionResources pairs = new ActionResources(IamCatalog.builtIn());
        for (WorkloadUnderReview w : world.index().workloads()) {
            if (w.roles().isEmpty()) {
                wrong.add(new Violation(w.label(), w.roleArn().map(a -> "its role " + a + " is not a role of the stack")
                        .orElse("the stack has no role") + ", so nothing can be decided for it"));
            }
            for (RoleUnderReview role : w.roles()) {
                List<ResourceRef.Probe> probes = resource.probes(world.index(), w, role, action, pairs);
                if (probes.isEmpty() && !resource.mayBeAbsent()) {
                    wrong.add(violation(role, "the stack has no resource that is " + resource));
                }
                for (ResourceRef.Probe probe : probes) {
                    pairs.refusal(action, probe.arn()).ifPresent(why -> {
                        throw new IllegalArgumentException("the rule book asks about " + action + " on " + resource
                                + ", a request AWS never evaluates (" + why + "): fix the table");
                    });
                    String condition = (tls ? "" : "without TLS")
                            + probe.listPrefix().map(p -> (tls ? "" : ", ") + "s3:prefix \"" + p + "\"").orElse("");
                    try {
                        EvaluationResult r = decide(role, probe);
                        RoleDecisions.record(new RoleDecision(role.resource().name(), action, probe.arn(), condition,
                                Optional.of(r.evalDecision().json()), expected, Optional.empty()));
                        if (!matches(r, expected)) {
                            wrong.add(violation(role, action + " on " + probe + " is " + r.evalDecision().json()
                                    + ", not " + expected + matched(r)));
                        }
                    } catch (EvaluationException e) {
                        String why = e.awsCode() + ": " + e.getMessage();
                        RoleDecisions.record(new RoleDecision(role.resource().name(), action, probe.arn(), condition,
                                Optional.empty(), expected, Optional.of(why)));
                        wrong.add(violation(role, "AWS would refuse to evaluate " + action + " on " + probe + " (" + why
                                + "), so no decision can be trusted"));
                    }
                }
            }
        }
        ReviewWorld.holds(wrong);
    }

    /** CheckAccessNotGranted (offline, or Access Analyzer live) on every policy that reaches a role, on any resource. */
    @Then("no policy of the role grants any of these actions, on any resource:")
    public void grantsNoneOf(DataTable table) {
        List<String> actions = table.asMaps().stream().map(row -> row.get("action")).toList();
        List<Violation> granted = new ArrayList<>();
        for (RoleUnderReview role : world.index().workloadRoles()) {
            for (AttachedPolicy p : role.policies()) {
                if (p.document().isEmpty()) {
                    granted.add(violation(role, p.via() + ": keyless cannot check a policy the stack does not define"));
                    continue;
                }
                CheckResult result = world.backends().customChecks().checkAccessNotGranted(new AccessNotGrantedRequest(
                        p.document().get().text(), AccessCheckPolicyType.IDENTITY_POLICY, actions, List.of()));
                if (!result.passed()) {
                    granted.add(violation(role, p.via() + ": " + result.message() + " "
                            + result.reasons().stream().map(r -> r.description().orElse("?")).collect(Collectors.joining(" "))));
                }
            }
        }
        ReviewWorld.holds(granted);
    }

    private EvaluationResult decide(RoleUnderReview role, ResourceRef.Probe probe) throws EvaluationException {
        return world.backends().simulator().simulateCustomPolicy(WorkloadRequests.request(world.index(), role, action,
                probe.arn(), tls, probe.listPrefix()).toSimulation()).get(0);
    }

    private static Violation violation(RoleUnderReview role, String message) {
        return Violation.of(role.resource(), role.label(), message);
    }

    /** {@code denied} accepts either deny: a reviewer asking "can it?" does not care which statement said no. */
    private static boolean matches(EvaluationResult r, String expected) {
        if (expected.equals("denied")) {
            return !r.evalDecision().allowed();
        }
        if (java.util.Arrays.stream(dev.keyless.policy.eval.Decision.values()).noneMatch(d -> d.json().equals(expected))) {
            throw new IllegalArgumentException("unknown decision '" + expected
                    + "': use allowed, denied, implicitDeny or explicitDeny");
        }
        return r.evalDecision().json().equals(expected);
    }

    private static String matched(EvaluationResult r) {
        if (r.matchedStatements().isEmpty()) {
            return "";
        }
        return " (matched " + r.matchedStatements().stream().map(m -> m.sourcePolicyId() + " at line "
                + m.startPosition().line()).collect(Collectors.joining(", ")) + ")";
    }
}
