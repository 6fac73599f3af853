package dev.keyless.rulebook.steps;

import io.cucumber.java.en.Given;

/** Steps that choose what is under review. */
public class StackSteps {

    private final ReviewWorld world;

    public StackSteps(ReviewWorld world) {
        this.world = world;
    }

    @Given("the stack under review")
    public void theStackUnderReview() {
        world.load();
        if (world.index().roles().isEmpty()) {
            throw new AssertionError("the stack has no IAM role to review: nothing can be proven about it");
        }
    }
}
