package dev.keyless.rulebook.steps;

import io.cucumber.java.en.Then;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "What the role can do". */
public class PermissionSteps {

    private final ReviewWorld world;

    public PermissionSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("every policy attached to a role is defined in the stack and is a valid policy")
    public void everyPolicyKnown() {
        holds(world.permissions().everyPolicyIsKnown());
    }

    @Then("the role's policies allow only s3:ListBucket on the bucket and s3:GetObject on the bucket's objects")
    public void onlyRead() {
        holds(world.permissions().onlyReadsTheBucket());
    }

    @Then("no policy of the role allows a wildcard action, or a wildcard resource beyond the bucket's objects")
    public void noWildcards() {
        holds(world.permissions().noWildcardGrants());
    }

    @Then("no policy of the role combines Allow with NotAction or NotResource")
    public void noInverted() {
        holds(world.permissions().noInvertedGrants());
    }

    @Then("the role is allowed s3:ListBucket on the bucket and s3:GetObject on all of its objects")
    public void canRead() {
        holds(world.permissions().readAccessIsGranted());
    }
}
