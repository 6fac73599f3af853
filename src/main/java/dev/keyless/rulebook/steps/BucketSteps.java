package dev.keyless.rulebook.steps;

import io.cucumber.java.en.Then;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "The bucket is private". */
public class BucketSteps {

    private final ReviewWorld world;

    public BucketSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("every bucket has a public access block with all four settings on")
    public void publicAccessBlocked() {
        holds(world.bucket().publicAccessIsBlocked());
    }

    @Then("no bucket policy allows everyone")
    public void noPublicPolicy() {
        holds(world.bucket().noPolicyGrantsEveryone());
    }

    @Then("no bucket has a public ACL")
    public void noPublicAcl() {
        holds(world.bucket().noPublicAcl());
    }

    @Then("every bucket encrypts objects by default")
    public void encrypted() {
        holds(world.bucket().objectsAreEncrypted());
    }

    @Then("every bucket enforces bucket-owner object ownership")
    public void ownershipEnforced() {
        holds(world.bucket().ownershipIsEnforced());
    }
}
