package dev.keyless.rulebook.steps;

import io.cucumber.java.en.Then;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "Access Analyzer finds nothing to fix". */
public class AccessAnalyzerSteps {

    private final ReviewWorld world;

    public AccessAnalyzerSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("Access Analyzer finds no ERROR or SECURITY_WARNING in the trust policy of any role")
    public void trustPolicies() {
        holds(world.accessAnalyzer().trustPolicies());
    }

    @Then("Access Analyzer finds no ERROR or SECURITY_WARNING in any policy attached to a role")
    public void attachedPolicies() {
        holds(world.accessAnalyzer().attachedPolicies());
    }

    @Then("Access Analyzer finds no ERROR or SECURITY_WARNING in any bucket policy, and a stack without one passes")
    public void bucketPolicies() {
        holds(world.accessAnalyzer().bucketPolicies());
    }
}
