package dev.keyless.rulebook.steps;

import io.cucumber.java.en.Then;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "Short sessions". */
public class SessionSteps {

    private final ReviewWorld world;

    public SessionSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("every role's maximum session duration is at most {int} seconds")
    public void maxSession(int seconds) {
        holds(world.session().maxSessionAtMost(seconds));
    }
}
