package dev.keyless.rulebook.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "Who can act as the service account" and "Only the reviewed VM runs as the account". */
public class GoogleSideSteps {

    private final ReviewWorld world;

    public GoogleSideSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("no IAM grant on the workload's service account gives any role to a member that is not a reviewed minter for that role")
    public void grantsOnTheAccount() {
        holds(world.minters().grantsOnTheServiceAccount());
    }

    @Then("no project, folder or organization grant gives one of these roles to a member that is not a reviewed minter for it:")
    public void broadGrants(DataTable roles) {
        holds(world.minters().broadGrants(column(roles, "role", "what it allows")));
    }

    @Then("no custom role of the stack carries one of these permissions unless the reviewed minters name it, and no grant above"
            + " the account gives an unreviewed member a custom role that carries one or that the stack does not define:")
    public void customRoles(DataTable permissions) {
        holds(world.minters().customRoles(column(permissions, "permission", "what it allows")));
    }

    @Then("no resource but the reviewed VM runs as, or acts for, the workload's service account")
    public void onlyTheReviewedVm() {
        holds(world.runsAs().onlyTheReviewedVm());
    }

    @Then("the workload's service account is not a default service account or a service agent")
    public void notShared() {
        holds(world.runsAs().notASharedAccount());
    }

    /** The feature's table as key → description, in order; the reviewers own its rows. */
    static Map<String, String> column(DataTable table, String key, String description) {
        Map<String, String> out = new LinkedHashMap<>();
        table.asMaps().forEach(row -> out.put(row.get(key).trim(), row.get(description)));
        return out;
    }
}
