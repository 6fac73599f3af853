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

    @Then("every access point and multi-region access point in front of a bucket keeps all four public access settings on")
    public void accessPointsBlocked() {
        holds(world.bucket().accessPointsBlockPublicAccess());
    }

    @Then("the account's public access block, when the stack sets one, has all four settings on")
    public void accountBlocked() {
        holds(world.bucket().accountBlocksPublicAccess());
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
