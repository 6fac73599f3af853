package dev.keyless.rulebook.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "A dedicated audience". */
public class AudienceSteps {

    private final ReviewWorld world;

    public AudienceSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("no token audience the stack sets is the address of a service under these hosts:")
    public void notGoogleHosted(DataTable hosts) {
        holds(world.audience().notAGoogleHostedService(List.copyOf(GoogleSideSteps.column(hosts, "host", "what serves there").keySet())));
    }

    @Then("no resource of the stack but the AWS side and the VM names the token audience, as a value or as a host it serves or calls")
    public void noOtherReceiver() {
        holds(world.audience().noOtherServiceReceivesIt());
    }
}
