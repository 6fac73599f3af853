package dev.keyless.rulebook.steps;

import dev.keyless.UserError;
import dev.keyless.compliance.AccessAnalyzerReview;
import dev.keyless.compliance.ActionSelection;
import dev.keyless.compliance.Violation;
import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.catalog.IamCatalog;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/**
 * Steps of "keyless's own permissions are least privilege": a policy file of the checkout (named
 * relative to the folder that holds {@code features/}), judged by this run's validator and custom checks.
 */
public class VerifierSteps {

    private final ReviewWorld world;
    private Path checkout;

    public VerifierSteps(ReviewWorld world) {
        this.world = world;
    }

    /** The checkout is the parent of the folder the feature file is in. */
    @Before
    public void findCheckout(Scenario scenario) {
        Path feature = Path.of(scenario.getUri());
        checkout = feature.toAbsolutePath().getParent().getParent();
    }

    @Then("Access Analyzer finds no ERROR or SECURITY_WARNING in the identity policy {string}")
    public void noFindings(String file) {
        holds(AccessAnalyzerReview.permissionPolicy(world.backends().validator(), file, read(file)));
    }

    @Then("the identity policy {string} grants none of these actions of AWS's catalog:")
    public void grantsNone(String file, DataTable table) {
        List<String> actions = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            actions.addAll(ActionSelection.select(IamCatalog.builtIn(), row.get("service"), row.get("access levels")));
        }
        CheckResult r = world.backends().customChecks().checkAccessNotGranted(
                AccessNotGrantedRequest.actions(read(file), AccessCheckPolicyType.IDENTITY_POLICY, actions));
        if (!r.passed()) {
            holds(List.of(new Violation(file, "CheckAccessNotGranted FAIL: " + r.message() + " " + r.reasons().stream()
                    .map(x -> x.description().orElse("")).reduce("", (a, b) -> (a + " " + b).trim()))));
        }
    }

    private String read(String file) {
        Path path = checkout.resolve(file);
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UserError("cannot read " + path + " (named in the rule book): " + e.getMessage());
        }
    }
}
