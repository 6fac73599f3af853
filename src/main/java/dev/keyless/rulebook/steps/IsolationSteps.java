package dev.keyless.rulebook.steps;

import io.cucumber.java.en.Then;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "Workloads stay apart". */
public class IsolationSteps {

    private final ReviewWorld world;

    public IsolationSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("no workload's role may read or list what another workload reads")
    public void workloadsStayApart() {
        holds(world.isolation().noWorkloadReadsAnother());
    }
}
