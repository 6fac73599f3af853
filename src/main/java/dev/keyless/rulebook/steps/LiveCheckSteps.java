package dev.keyless.rulebook.steps;

import dev.keyless.compliance.ActionSelection;
import dev.keyless.compliance.CustomCheckReview;
import dev.keyless.policy.catalog.IamCatalog;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "AWS confirms the review": Access Analyzer's custom policy checks on the rendered documents. */
public class LiveCheckSteps {

    private final ReviewWorld world;

    public LiveCheckSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("Access Analyzer's CheckNoPublicAccess passes for the trust policy of every role and for every bucket policy")
    public void noPublicAccess() {
        holds(review().noPublicAccess());
    }

    /** The table names services and access levels; the actions themselves come from AWS's catalog. */
    @Then("Access Analyzer's CheckAccessNotGranted passes for every policy of the role, asked about these actions of AWS's catalog:")
    public void accessNotGranted(DataTable table) {
        List<String> actions = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            actions.addAll(ActionSelection.select(IamCatalog.builtIn(), row.get("service"), row.get("access levels")));
        }
        holds(review().accessNotGranted(actions));
    }

    private CustomCheckReview review() {
        return new CustomCheckReview(world.index(), world.backends().customChecks());
    }
}
