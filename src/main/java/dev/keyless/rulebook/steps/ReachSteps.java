package dev.keyless.rulebook.steps;

import dev.keyless.compliance.ActionSelection;
import dev.keyless.policy.catalog.IamCatalog;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "Who can reach the bucket" and "Data stays in the account". */
public class ReachSteps {

    private final ReviewWorld world;

    public ReachSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("no principal but the workload's role is granted any S3 action on the bucket, its objects or its access points")
    public void onlyTheWorkload() {
        holds(world.reach().onlyTheWorkloadRoleReachesTheBucket());
    }

    /** The table names services, access levels and resource types; AWS's catalog supplies the actions. */
    @Then("no policy grants the workload's role any of these actions of AWS's catalog on the bucket, its objects or its access points:")
    public void roleGrantedNoneOf(DataTable table) {
        Set<String> actions = new LinkedHashSet<>();
        for (Map<String, String> row : table.asMaps()) {
            actions.addAll(ActionSelection.select(IamCatalog.builtIn(), row.get("service"), row.get("access levels"),
                    row.get("resource types")));
        }
        holds(world.reach().workloadRoleIsGrantedNoneOf(actions));
    }

    @Then("every delivery from a bucket of the stack goes to a bucket of the stack or of this account")
    public void deliveries() {
        holds(world.dataFlow().deliveriesStayInTheAccount());
    }

    @Then("every KMS key that encrypts a bucket of the stack is defined in the stack and lets nobody outside the account use it")
    public void keys() {
        holds(world.dataFlow().keysStayInTheAccount());
    }
}
