package dev.keyless.rulebook.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "No static keys". */
public class StaticKeySteps {

    private final ReviewWorld world;

    public StaticKeySteps(ReviewWorld world) {
        this.world = world;
    }

    /** The forbidden types come from the feature's table, so reviewers own the list. */
    @Then("the stack creates none of these credential resources:")
    public void noCredentialResources(DataTable table) {
        Map<String, String> types = new LinkedHashMap<>();
        table.asMaps().forEach(row -> types.put(row.get("type"), row.get("what it is")));
        holds(world.staticKeys().noCredentialResources(types));
    }

    @Then("no resource input or output holds an access key, a secret key, a private key or a service-account key file")
    public void noKeyMaterial() {
        holds(world.staticKeys().noKeyMaterial());
    }

    @Then("no cloud provider of the stack is configured with static credentials")
    public void noProviderCredentials() {
        holds(world.staticKeys().noStaticProviderCredentials());
    }
}
